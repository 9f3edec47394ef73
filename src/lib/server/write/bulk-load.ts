import type { DatedEvent } from '../../domain/types';
import { buildDeferredIndexes, deferIndexes, indexesDeferred } from '../indexes';
import type { Db } from '../store/db';
import { deferRebuild } from '../stories/state';
import { startStoryThread, stopStoryThread, storyThreadOf } from '../stories/story-thread';
import { rebuildIfStale } from '../stories/sync';
import { writeTransaction } from '../write-transaction';
import { flushAppends } from './appends';
import { IdFilter } from './id-filter';

/**
 * The event ids each database's bulk load has written while the index that
 * keeps them unique is dropped (see `beginBulkLoad`): it started on an empty
 * table, so these are all the ids there are. Keyed by the database's root.
 */
const bulkLoads = new WeakMap<Db, IdFilter>();

export interface BulkLoad {
	/** Builds the indexes the load did without: seconds for a million events, once. */
	finish(): Promise<void>;
}

/**
 * Starts loading many articles (the CLI's batches, the benchmark): into a
 * database without events, the indexes only readers and deletions need are
 * dropped now and built by `finish` (see indexes.ts). Batches stay
 * transactions of whole articles; a process killed before `finish` leaves
 * the indexes to the next `openDb`, and stale stories to the next writer. Readers meanwhile get the same answers, slower.
 * The engine's settings for a bulk load (Db.tuneForBulkLoad) hold until `finish`.
 * New articles' stories are merged on a thread of their own meanwhile (story-thread.ts) and written by `finish`;
 * `rewrites`: the load writes stored articles over (a --reextract), which leaves the stories to be built once, at
 * the end, from the stored events, and a thread would merge for nothing.
 */
export async function beginBulkLoad(db: Db, { rewrites = false } = {}): Promise<BulkLoad> {
	if (await deferIndexes(db)) bulkLoads.set(db.root, new IdFilter());
	const restore = await db.tuneForBulkLoad();
	deferRebuild(db, true);
	if (!rewrites) await startStoryThread(db);
	return {
		async finish() {
			// The thread's stories first, while the indexes they would keep up row by row are still to be built.
			try {
				const thread = storyThreadOf(db);
				if (thread) await writeTransaction(db, (tx) => thread.writeStories(tx));
			} finally {
				await stopStoryThread(db);
			}
			await requireIndexes(db);
			deferRebuild(db, false);
			await writeTransaction(db, (tx) => rebuildIfStale(tx));
			await restore();
		}
	};
}

/**
 * Called before writing an article's events. Without the indexes, only this
 * database's bulk load may write, and only new articles whose event ids it
 * has not seen; anything else builds them first, so that the database deletes events
 * through them and rejects a repeated id just as it always does (over the rows held back
 * so far too, written first: write/appends.ts). True when the article is one of the load's
 * own, whose row may be held back as well.
 */
export async function guardIndexes(tx: Db, stored: boolean, events: readonly DatedEvent[]): Promise<boolean> {
	const ids = bulkLoads.get(tx.root);
	// An id the filter may have seen (one of a failed batch, say) only costs building the indexes early.
	if (ids && !stored && events.every((e) => ids.add(e.id))) return true;
	if (ids || (await indexesDeferred(tx))) {
		await flushAppends(tx);
		await requireIndexes(tx);
	}
	return false;
}

/** Builds the indexes a bulk load dropped, and ends this database's load's own check of ids. */
export async function requireIndexes(db: Db): Promise<void> {
	bulkLoads.delete(db.root);
	await buildDeferredIndexes(db);
}
