/**
 * How long the compact indexes take to come, as a reader's browser asks for them (gzip):
 * after the server has started, and on the first request after a write (one more article,
 * written by another process, as a feed would), then from the server's cache.
 */
import { articleId } from '../../lib/domain/ids';
import type { Db } from '../../lib/server/store/db';
import { writeArticle } from '../../lib/server/write';
import { writeTransaction } from '../../lib/server/write-transaction';
import { syntheticArticles } from './synthetic';

export interface IndexFigures {
	indexAfterStartMs: number;
	indexAfterWriteMs: number;
	indexCachedMs: number;
	storyIndexAfterStartMs: number;
	storyIndexAfterWriteMs: number;
	storyIndexCachedMs: number;
}

const PATHS = { index: '/api/index', storyIndex: '/api/stories/index' } as const;

async function timed(base: string, path: string): Promise<number> {
	const started = performance.now();
	const response = await fetch(base + path, { headers: { 'accept-encoding': 'gzip' } });
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	await response.arrayBuffer();
	return Math.round(performance.now() - started);
}

/** The indexes once the server has started: what its first readers wait for (and what the page then reuses). */
export async function indexesAfterStart(base: string): Promise<Pick<IndexFigures, 'indexAfterStartMs' | 'storyIndexAfterStartMs'>> {
	return { indexAfterStartMs: await timed(base, PATHS.index), storyIndexAfterStartMs: await timed(base, PATHS.storyIndex) };
}

/** Writes one new article (from another seed: new ids, numbered above the rest), then asks for each index twice. */
export async function indexesAfterWrite(base: string, db: Db): Promise<Omit<IndexFigures, 'indexAfterStartMs' | 'storyIndexAfterStartMs'>> {
	const { draft, extraction } = syntheticArticles(20, 2).next().value!;
	await writeTransaction(db, (tx) => writeArticle(tx, articleId(draft.url, draft.text), draft, extraction));
	return {
		indexAfterWriteMs: await timed(base, PATHS.index),
		indexCachedMs: await timed(base, PATHS.index),
		storyIndexAfterWriteMs: await timed(base, PATHS.storyIndex),
		storyIndexCachedMs: await timed(base, PATHS.storyIndex)
	};
}
