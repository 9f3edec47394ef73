/**
 * Loads the synthetic data set into a fresh database the way the CLI's bulk load does
 * (write/bulk-load.ts: the readers' indexes dropped and built at the end, batches of 2,000
 * articles), in one of two ways:
 * - merging: each article's events merged into stories as it is written (what an ingest does);
 * - deferred: the stories left stale during the load (as a --reextract leaves them) and built once
 *   at the end from the stored events; the load itself (articles, events, indexes) is timed apart.
 */
import { articleId } from '../../lib/domain/ids';
import type { Db } from '../../lib/server/store/db';
import { storiesStale } from '../../lib/server/stories/sync';
import { beginBulkLoad, commitArticles } from '../../lib/server/write';
import { contentHash } from '../../lib/server/write/extraction';
import { requireIndexes } from '../../lib/server/write/bulk-load';
import { writeTransaction } from '../../lib/server/write-transaction';
import { type MergeFigures, merging, storyFigures } from './merge';
import { type SyntheticArticle, syntheticArticles } from './synthetic';

export interface MergingLoad extends MergeFigures {
	/** Events written and merged into stories per second, indexes built. */
	ingestEventsPerS: number;
	/** CPU µs per event of this process (every thread), which other processes inflate less than the wall clock. */
	ingestCpuUsPerEvent: number;
}

export interface DeferredLoad {
	/** Events per second of the bulk load alone: articles, events, countries written, indexes built. */
	bulkLoadEventsPerS: number;
	/** Seconds to build the stories once at the end. */
	storiesAtEndS: number;
	/** Events per second of the whole: the bulk load and the stories built at the end. */
	deferredEventsPerS: number;
}

const BATCH = 2000;

/** A stopwatch for the writes only, not the generator: wall and CPU time. */
function stopwatch() {
	const spent = { ms: 0, cpuUs: 0 };
	const time = async <T>(work: () => Promise<T>): Promise<T> => {
		const [started, startedCpu] = [performance.now(), process.cpuUsage()];
		const result = await work();
		spent.ms += performance.now() - started;
		const used = process.cpuUsage(startedCpu);
		spent.cpuUs += used.user + used.system;
		return result;
	};
	return { spent, time };
}

/** Writes `size` synthetic events in batches, timed by `time`; calls `wrote` with each batch's articles and their events' count. */
async function writeAll(db: Db, size: number, time: ReturnType<typeof stopwatch>['time'], wrote: (articles: SyntheticArticle[], stored: unknown[][]) => void): Promise<number> {
	let events = 0;
	let batch: SyntheticArticle[] = [];
	const flush = async (articles: SyntheticArticle[]) => {
		// Prepared as the CLI prepares them (timed too), the generator's extraction in place of the extractor's.
		const prepare = () => articles.map(({ draft, extraction }) => ({ draft, id: articleId(draft.url, draft.text), contentHash: contentHash(draft), corrections: undefined, extraction }));
		const written = (await time(() => commitArticles(db, prepare()))).map((s) => s.events);
		events += written.reduce((n, s) => n + s.length, 0);
		wrote(articles, written);
	};
	for (const article of syntheticArticles(size)) {
		batch.push(article);
		if (batch.length === BATCH) {
			await flush(batch);
			batch = [];
		}
	}
	await flush(batch);
	return events;
}

/** Loads with the stories merged as each article is written; scores the stories. */
export async function loadMerging(db: Db, size: number): Promise<MergingLoad> {
	const { spent, time } = stopwatch();
	// The happening each event tells, by its number: an array, not a map of a million ids, so as not to slow the load's garbage collection.
	const truth = new Int32Array(size + 1);
	let numbered = 0;
	const before = { ...merging };
	const bulk = await time(() => beginBulkLoad(db));
	const events = await writeAll(db, size, time, (articles, written) => written.forEach((stored, a) => stored.forEach((_, i) => (truth[++numbered] = articles[a].truth[i]))));
	await time(() => bulk.finish());
	const stories = await storyFigures(db, truth, { ms: merging.ms - before.ms, mentions: merging.mentions - before.mentions, candidates: merging.candidates - before.candidates });
	return { ingestEventsPerS: Math.round(events / (spent.ms / 1000)), ingestCpuUsPerEvent: Math.round((spent.cpuUs / events) * 10) / 10, ...stories };
}

/** Loads with the stories deferred, then builds them once. */
export async function loadDeferred(db: Db, size: number): Promise<DeferredLoad> {
	const { spent, time } = stopwatch();
	const bulk = await time(() => beginBulkLoad(db));
	await time(() => writeTransaction(db, (tx) => storiesStale(tx)));
	const events = await writeAll(db, size, time, () => {});
	await time(() => requireIndexes(db));
	const loadMs = spent.ms;
	await time(() => bulk.finish());
	const storiesMs = spent.ms - loadMs;
	return {
		bulkLoadEventsPerS: Math.round(events / (loadMs / 1000)),
		storiesAtEndS: Math.round(storiesMs / 100) / 10,
		deferredEventsPerS: Math.round(events / (spent.ms / 1000))
	};
}
