import { StoryBuilder } from '../../stories/builder';
import type { Db } from '../store/db';
import { bumpDatasetVersion, datasetVersion } from '../version';
import { flushAppends } from '../write/appends';
import { onWriteTransaction, writeTransaction } from '../write-transaction';
import { applyCorrection, storedCorrections } from './corrections';
import { markStale, matchesStored, rebuildCount, storedStale, writeAll, writeChanges } from './persist';
import { replay } from './replay';
import { emptyState, forgetState, hasStories, rebuildDeferred, setState, type StoryState, stateOf } from './state';

/**
 * The database's stories as it holds them now; call it in a write
 * transaction, with its `tx`. Built on first need by replaying the stored articles, and again
 * when another process has written since (the dataset version is not the one
 * this process left).
 */
export async function syncedState(tx: Db): Promise<StoryState> {
	const state = stateOf(tx);
	if (state && !(state.stale && !rebuildDeferred(tx))) {
		// Once in step, a write transaction stays so: it holds the write lock, and its own writes keep the state's version.
		if (inStep.get(tx) === state) return state;
		if (state.version === (await datasetVersion(tx)) || (!state.stale && (await caughtUp(tx, state)))) {
			if (tx.inTransaction) inStep.set(tx, state);
			return state;
		}
	}
	const built = await rebuild(tx);
	if (tx.inTransaction) inStep.set(tx, built);
	return built;
}

/** The state each write transaction (its handle) has found in step with the database already. */
const inStep = new WeakMap<Db, StoryState>();

const SQL = {
	lastArticle: 'SELECT coalesce(max(rowid), 0) AS last FROM articles',
	seqOf: 'SELECT seq FROM stories WHERE id = ?',
	stories: 'SELECT count(*) AS n FROM stories'
};

/**
 * Catches up with another process that has only added articles and corrections
 * since this one was in step (the stories were not built again meanwhile): fed
 * the same in the same order, the builder makes what that process wrote, and
 * takes the stories' numbers from the database. False when it does not add up
 * (then everything is built again).
 */
async function caughtUp(tx: Db, state: StoryState): Promise<boolean> {
	await flushAppends(tx);
	if ((await storedStale(tx)) || (await rebuildCount(tx)) !== state.rebuilds) return false;
	const { builder } = state;
	const corrections = await storedCorrections(tx, state.lastCorrection);
	state.lastArticle = (await replay(tx, builder, corrections, (c) => applyCorrection(builder, c), state.lastArticle)).lastArticle;
	state.lastCorrection = corrections.at(-1)?.seq ?? state.lastCorrection;
	const { changed, merged, emptied } = builder.drainChanges();
	if (emptied.length) return false;
	for (const [gone] of merged) state.seqOf.delete(gone);
	for (const id of changed) {
		const seq = (await tx.get<{ seq: number }>(SQL.seqOf, [id]))?.seq;
		if (seq === undefined) return false;
		state.seqOf.set(id, seq);
		state.nextSeq = Math.max(state.nextSeq, seq + 1);
	}
	if ((await tx.get<{ n: number }>(SQL.stories))!.n !== state.seqOf.size) return false;
	state.version = await datasetVersion(tx);
	return true;
}

/**
 * Builds the stories again from the stored articles and events (no extraction),
 * corrections included. When the stored stories are not what it built (they were
 * left stale, or the merger has changed), writes them all and bumps the dataset version.
 */
export async function rebuild(tx: Db): Promise<StoryState> {
	await flushAppends(tx);
	const builder = new StoryBuilder();
	const state = emptyState('', builder);
	const corrections = await storedCorrections(tx);
	const { eventSeqs, lastArticle } = await replay(tx, builder, corrections, (c) => applyCorrection(builder, c));
	if ((await storedStale(tx)) || !(await matchesStored(tx, state))) {
		await writeAll(tx, state, eventSeqs);
		await bumpDatasetVersion(tx);
	}
	state.lastArticle = lastArticle;
	state.lastCorrection = corrections.at(-1)?.seq ?? 0;
	state.rebuilds = await rebuildCount(tx);
	state.version = await datasetVersion(tx);
	setState(tx, state);
	return state;
}

/**
 * The stored stories no longer match the events (an article changed its
 * mentions or went): built again before this transaction commits, or once the
 * bulk load in progress finishes. Marked in the database too, so a process
 * killed first leaves them to be built by the next writer.
 */
export async function storiesStale(tx: Db): Promise<void> {
	if (!(await hasStories(tx))) return;
	const state = stateOf(tx) ?? emptyState(await datasetVersion(tx));
	state.stale = true;
	setState(tx, state);
	await markStale(tx, true);
}

/**
 * After this process's own write: the dataset version it bumped is one it knows, and so is the
 * article, whose number is read as the transaction commits (a bulk load's articles are written then).
 */
export async function storiesWritten(tx: Db): Promise<void> {
	const state = stateOf(tx);
	if (!state) return;
	state.version = await datasetVersion(tx);
}

/** Writes stale stories of a bulk load that has finished (see bulk-load.ts). */
export async function rebuildIfStale(tx: Db): Promise<void> {
	if (!(await hasStories(tx))) return;
	if (stateOf(tx)?.stale || (await storedStale(tx))) await rebuild(tx);
}

onWriteTransaction({
	async beforeCommit(tx) {
		const state = stateOf(tx);
		if (!state) return;
		if (state.stale) {
			if (!rebuildDeferred(tx)) await rebuild(tx);
			return;
		}
		await writeChanges(tx, state);
		state.version = await datasetVersion(tx);
		state.lastArticle = (await tx.get<{ last: number }>(SQL.lastArticle))!.last;
	},
	// What the builder took in was not committed: it is built again from the database when next needed.
	afterRollback: forgetState
});

/**
 * Builds the stored stories if a write left them stale (a database from before
 * stories, a bulk load killed before it finished): the server at start, and the
 * CLI before it reads or writes. A writer busy meanwhile will build them itself.
 */
export async function buildStaleStories(db: Db): Promise<void> {
	if (!(await hasStories(db)) || !(await storedStale(db))) return;
	try {
		await writeTransaction(db, (tx) => rebuildIfStale(tx));
	} catch (error) {
		if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
	}
}
