import { StoryBuilder } from '../../stories/builder';
import type { Db } from '../open-database';
import { preparedFor } from '../statements';
import { bumpDatasetVersion, datasetVersion } from '../version';
import { onWriteTransaction, writeTransaction } from '../write-transaction';
import { applyCorrection, storedCorrections } from './corrections';
import { markStale, matchesStored, rebuildCount, storedStale, writeAll, writeChanges } from './persist';
import { replay } from './replay';
import { emptyState, forgetState, hasStories, rebuildDeferred, setState, type StoryState, stateOf } from './state';

/**
 * The connection's stories as the database holds them now; call it in a write
 * transaction. Built on first need by replaying the stored articles, and again
 * when another process has written since (the dataset version is not the one
 * this process left).
 */
export function syncedState(db: Db): StoryState {
	const state = stateOf(db);
	if (state && !(state.stale && !rebuildDeferred(db))) {
		if (state.version === datasetVersion(db)) return state;
		if (!state.stale && caughtUp(db, state)) return state;
	}
	return rebuild(db);
}

const sql = preparedFor((db) => ({
	lastArticle: db.prepare('SELECT coalesce(max(rowid), 0) FROM articles').pluck(),
	seqOf: db.prepare('SELECT seq FROM stories WHERE id = ?').pluck(),
	stories: db.prepare('SELECT count(*) FROM stories').pluck()
}));

/**
 * Catches up with another process that has only added articles and corrections
 * since this one was in step (the stories were not built again meanwhile): fed
 * the same in the same order, the builder makes what that process wrote, and
 * takes the stories' numbers from the database. False when it does not add up
 * (then everything is built again).
 */
function caughtUp(db: Db, state: StoryState): boolean {
	if (storedStale(db) || rebuildCount(db) !== state.rebuilds) return false;
	const { builder } = state;
	const corrections = storedCorrections(db, state.lastCorrection);
	state.lastArticle = replay(db, builder, corrections, (c) => applyCorrection(builder, c), state.lastArticle).lastArticle;
	state.lastCorrection = corrections.at(-1)?.seq ?? state.lastCorrection;
	const { changed, merged, emptied } = builder.drainChanges();
	if (emptied.length) return false;
	for (const [gone] of merged) state.seqOf.delete(gone);
	for (const id of changed) {
		const seq = sql(db).seqOf.get(id) as number | undefined;
		if (seq === undefined) return false;
		state.seqOf.set(id, seq);
		state.nextSeq = Math.max(state.nextSeq, seq + 1);
	}
	if (sql(db).stories.get() !== state.seqOf.size) return false;
	state.version = datasetVersion(db);
	return true;
}

/**
 * Builds the stories again from the stored articles and events (no extraction),
 * corrections included. When the stored stories are not what it built (they were
 * left stale, or the merger has changed), writes them all and bumps the dataset version.
 */
export function rebuild(db: Db): StoryState {
	const builder = new StoryBuilder();
	const state = emptyState('', builder);
	const corrections = storedCorrections(db);
	const { eventSeqs, lastArticle } = replay(db, builder, corrections, (c) => applyCorrection(builder, c));
	if (storedStale(db) || !matchesStored(db, state)) {
		writeAll(db, state, eventSeqs);
		bumpDatasetVersion(db);
	}
	state.lastArticle = lastArticle;
	state.lastCorrection = corrections.at(-1)?.seq ?? 0;
	state.rebuilds = rebuildCount(db);
	state.version = datasetVersion(db);
	setState(db, state);
	return state;
}

/**
 * The stored stories no longer match the events (an article changed its
 * mentions or went): built again before this transaction commits, or once the
 * bulk load in progress finishes. Marked in the database too, so a process
 * killed first leaves them to be built by the next writer.
 */
export function storiesStale(db: Db): void {
	if (!hasStories(db)) return;
	const state = stateOf(db) ?? emptyState(datasetVersion(db));
	state.stale = true;
	setState(db, state);
	markStale(db, true);
}

/** After this process's own write: the dataset version it bumped is one it knows, and so is the article. */
export function storiesWritten(db: Db): void {
	const state = stateOf(db);
	if (!state) return;
	state.version = datasetVersion(db);
	state.lastArticle = sql(db).lastArticle.get() as number;
}

/** Writes stale stories of a bulk load that has finished (see bulk-load.ts). */
export function rebuildIfStale(db: Db): void {
	if (!hasStories(db)) return;
	if (stateOf(db)?.stale || storedStale(db)) rebuild(db);
}

onWriteTransaction({
	beforeCommit(db) {
		const state = stateOf(db);
		if (!state) return;
		if (state.stale) {
			if (!rebuildDeferred(db)) rebuild(db);
			return;
		}
		writeChanges(db, state);
		state.version = datasetVersion(db);
	},
	// What the builder took in was not committed: it is built again from the database when next needed.
	afterRollback: forgetState
});

/**
 * Builds the stored stories if a write left them stale (a database from before
 * stories, a bulk load killed before it finished): the server at start, and the
 * CLI before it reads or writes. A writer busy meanwhile will build them itself.
 */
export function buildStaleStories(db: Db): void {
	if (!hasStories(db) || !storedStale(db)) return;
	try {
		writeTransaction(db, () => rebuildIfStale(db));
	} catch (error) {
		if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
	}
}
