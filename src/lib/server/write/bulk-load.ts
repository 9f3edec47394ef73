import type { DatedEvent } from '../../domain/types';
import { buildDeferredIndexes, deferIndexes, indexesDeferred } from '../indexes';
import type { Db } from '../open-database';
import { deferRebuild } from '../stories/state';
import { rebuildIfStale } from '../stories/sync';
import { writeTransaction } from '../write-transaction';
import { IdFilter } from './id-filter';

/**
 * The event ids each connection's bulk load has written while the index that
 * keeps them unique is dropped (see `beginBulkLoad`): it started on an empty
 * table, so these are all the ids there are.
 */
const bulkLoads = new WeakMap<Db, IdFilter>();

export interface BulkLoad {
	/** Builds the indexes the load did without: seconds for a million events, once. */
	finish(): void;
}

/**
 * Starts loading many articles (the CLI's batches, the benchmark): into a
 * database without events, the indexes only readers and deletions need are
 * dropped now and built by `finish` (see indexes.ts). Batches stay
 * transactions of whole articles; a process killed before `finish` leaves
 * the indexes to the next `openDb`, and stale stories to the next writer. Readers meanwhile get the same answers, slower.
 */
export function beginBulkLoad(db: Db): BulkLoad {
	if (deferIndexes(db)) bulkLoads.set(db, new IdFilter());
	const checkpointPages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
	const pageSize = db.pragma('page_size', { simple: true }) as number;
	db.pragma(`wal_autocheckpoint = ${Math.max(checkpointPages, Math.ceil(BULK_WAL_BYTES / pageSize))}`);
	const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
	db.pragma(`busy_timeout = ${Math.max(busyTimeout, BULK_PATIENCE_MS)}`);
	// Articles written again with other events (a --reextract) leave the stories to be built once, at the end.
	deferRebuild(db, true);
	return {
		finish() {
			requireIndexes(db);
			deferRebuild(db, false);
			writeTransaction(db, () => rebuildIfStale(db));
			db.pragma(`busy_timeout = ${busyTimeout}`);
			db.pragma(`wal_autocheckpoint = ${checkpointPages}`);
			// Gives the disk back the WAL the load grew, instead of keeping it for reuse.
			db.pragma('wal_checkpoint(TRUNCATE)');
		}
	};
}

/**
 * How much WAL a bulk load lets grow before copying it into the database. Each
 * checkpoint copies and syncs the file, and batches rewrite pages the one before
 * wrote (the tails of the tables, the indexes kept), copied once per checkpoint:
 * at SQLite's default of 1000 pages (16 MiB here), a million events checkpointed
 * about a hundred times and wrote 1.63 GiB for a 0.55 GiB file; with this, 1.45 GiB,
 * in about 15% less time (the final checkpoint included).
 */
const BULK_WAL_BYTES = 1 << 30;

/**
 * How long a bulk load's batch waits for another writer. A server opened during the load
 * builds the indexes the load dropped (see `openDb`), which holds the database for seconds
 * at a million events: with the usual five seconds the load stopped, "database is locked".
 */
const BULK_PATIENCE_MS = 120_000;

/**
 * Called before writing an article's events. Without the indexes, only this
 * connection's bulk load may write, and only new articles whose event ids it
 * has not seen; anything else builds them first, so that SQLite deletes events
 * through them and rejects a repeated id just as it always does.
 */
export function guardIndexes(db: Db, stored: boolean, events: readonly DatedEvent[]): void {
	const ids = bulkLoads.get(db);
	// An id the filter may have seen (one of a failed batch, say) only costs building the indexes early.
	if (ids && !stored && events.every((e) => ids.add(e.id))) return;
	if (ids || indexesDeferred(db)) requireIndexes(db);
}

/** Builds the indexes a bulk load dropped, and ends this connection's load's own check of ids. */
export function requireIndexes(db: Db): void {
	bulkLoads.delete(db);
	buildDeferredIndexes(db);
}
