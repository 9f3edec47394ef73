/**
 * Loads the synthetic data set into a fresh database the way the CLI's bulk load does
 * (write/bulk-load.ts: the readers' indexes dropped and built at the end, batches of 2,000
 * articles), in one of two ways:
 * - merging: each article's events merged into stories as it is written (what an ingest does);
 * - deferred: the stories left stale during the load (as a --reextract leaves them) and built once
 *   at the end from the stored events; the load itself (articles, events, indexes) is timed apart.
 */
import type { ArticleDraft } from '../../lib/domain/types';
import type { Db } from '../../lib/server/store/db';
import { storiesStale } from '../../lib/server/stories/sync';
import { beginBulkLoad, commitInTurn, prepareArticles } from '../../lib/server/write';
import { requireIndexes } from '../../lib/server/write/bulk-load';
import { writeTransaction } from '../../lib/server/write-transaction';
import { type MergeFigures, storyFigures } from './merge';
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

function* batchesOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
	let batch: T[] = [];
	for (const item of items) {
		batch.push(item);
		if (batch.length === size) {
			yield batch;
			batch = [];
		}
	}
	if (batch.length) yield batch;
}

/** Up to `n` more items. */
function take<T>(items: Iterator<T>, n: number): T[] {
	const taken: T[] = [];
	for (let next; taken.length < n && !(next = items.next()).done; ) taken.push(next.value);
	return taken;
}

/** Batches generated at a time, untimed, before they are written in turn, timed (the generator is no part of Dateline). */
const ROUND = 16;

/**
 * Writes `size` synthetic events in batches as the CLI does (commitInTurn: each batch prepared while the one
 * before commits), with the generator's extractions in place of the extractor's; timed by `time`, all but the
 * generator, which runs only while nothing is being written. Calls `wrote` with each batch's articles and their
 * events.
 */
async function writeAll(db: Db, size: number, time: ReturnType<typeof stopwatch>['time'], wrote: (articles: SyntheticArticle[], stored: unknown[][]) => void): Promise<number> {
	let events = 0;
	const batches = batchesOf(syntheticArticles(size), BATCH);
	for (let round = take(batches, ROUND); round.length; round = take(batches, ROUND)) {
		const extractions = new Map(round.flat().map((article) => [article.draft, article.extraction]));
		const options = { extract: (_id: string, draft: ArticleDraft) => extractions.get(draft)! };
		const prepare = (articles: SyntheticArticle[]) => prepareArticles(db, articles.map((article) => article.draft), options);
		await time(() =>
			commitInTurn(db, round, prepare, (stored, articles) => {
				events += stored.reduce((n, s) => n + s.events.length, 0);
				wrote(articles, stored.map((s) => s.events));
			}, options)
		);
	}
	return events;
}

/** Loads with the stories merged as each article is written; scores the stories. */
export async function loadMerging(db: Db, size: number): Promise<MergingLoad> {
	const { spent, time } = stopwatch();
	// The happening each event tells, by its number: an array, not a map of a million ids, so as not to slow the load's garbage collection.
	const truth = new Int32Array(size + 1);
	let numbered = 0;
	const bulk = await time(() => beginBulkLoad(db));
	const events = await writeAll(db, size, time, (articles, written) => written.forEach((stored, a) => stored.forEach((_, i) => (truth[++numbered] = articles[a].truth[i]))));
	await time(() => bulk.finish());
	const stories = await storyFigures(db, truth);
	return { ingestEventsPerS: Math.round(events / (spent.ms / 1000)), ingestCpuUsPerEvent: Math.round((spent.cpuUs / events) * 10) / 10, ...stories };
}

/** Loads with the stories deferred, then builds them once. */
export async function loadDeferred(db: Db, size: number): Promise<DeferredLoad> {
	const { spent, time } = stopwatch();
	const bulk = await time(() => beginBulkLoad(db, { rewrites: true }));
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
