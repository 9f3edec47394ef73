/**
 * How long the compact indexes take to come, as a reader's browser asks for them (gzip):
 * after the server has started, and on the first request after a write (one more article,
 * written by another process, as a feed would), then from the server's cache; and after the
 * server has started again, when it takes up the indexes its first start kept in the database
 * (server/index-cache.ts) and reads only what was written since.
 */
import { get } from 'node:http';
import { articleId } from '../../lib/domain/ids';
import type { Db } from '../../lib/server/store/db';
import { writeArticle } from '../../lib/server/write';
import { writeTransaction } from '../../lib/server/write-transaction';
import { syntheticArticles } from './synthetic';

export interface IndexFigures {
	indexAfterStartMs: number;
	indexAfterRestartMs: number;
	storyIndexAfterRestartMs: number;
	indexAfterWriteMs: number;
	indexCachedMs: number;
	storyIndexAfterStartMs: number;
	storyIndexAfterWriteMs: number;
	storyIndexCachedMs: number;
}

const PATHS = { index: '/api/index', storyIndex: '/api/stories/index' } as const;

/**
 * Milliseconds until the whole answer has come, as sent (gzipped). Not through fetch, which would add its own
 * gunzip in a JavaScript stream: 150–250 ms for the 14.5 MB of the event index at a million events, ten times
 * what the server takes to send the bytes it has (a browser unzips as it receives, in native code).
 */
function timed(base: string, path: string): Promise<number> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		get(base + path, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
			if (response.statusCode !== 200) reject(new Error(`${path}: ${response.statusCode}`));
			response.on('data', () => {});
			response.on('end', () => resolve(Math.round(performance.now() - started)));
			response.on('error', reject);
		}).on('error', reject);
	});
}

/** The indexes once the server has started: what its first readers wait for (and what the page then reuses). */
export async function indexesAfterStart(base: string): Promise<Pick<IndexFigures, 'indexAfterStartMs' | 'storyIndexAfterStartMs'>> {
	// In the order the server builds them as it starts (the page's first): the event index is its last, so the page
	// is then measured on a server done with building.
	const storyIndexAfterStartMs = await timed(base, PATHS.storyIndex);
	return { indexAfterStartMs: await timed(base, PATHS.index), storyIndexAfterStartMs };
}

/** The indexes once the server has started again, a write after its first start. */
export async function indexesAfterRestart(base: string): Promise<Pick<IndexFigures, 'indexAfterRestartMs' | 'storyIndexAfterRestartMs'>> {
	const { indexAfterStartMs, storyIndexAfterStartMs } = await indexesAfterStart(base);
	return { indexAfterRestartMs: indexAfterStartMs, storyIndexAfterRestartMs: storyIndexAfterStartMs };
}

/** Writes one new article (from another seed: new ids, numbered above the rest), then asks for each index twice. */
export async function indexesAfterWrite(
	base: string,
	db: Db
): Promise<Omit<IndexFigures, 'indexAfterStartMs' | 'storyIndexAfterStartMs' | 'indexAfterRestartMs' | 'storyIndexAfterRestartMs'>> {
	const { draft, extraction } = syntheticArticles(20, 2).next().value!;
	await writeTransaction(db, (tx) => writeArticle(tx, articleId(draft.url, draft.text), draft, extraction));
	return {
		indexAfterWriteMs: await timed(base, PATHS.index),
		indexCachedMs: await timed(base, PATHS.index),
		storyIndexAfterWriteMs: await timed(base, PATHS.storyIndex),
		storyIndexCachedMs: await timed(base, PATHS.storyIndex)
	};
}
