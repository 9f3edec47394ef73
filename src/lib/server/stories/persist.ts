import type { Db } from '../store/db';
import type { Param } from '../store/db';
import { upsertRows } from '../store/upsert';
import { appendFaces, faceRow, writeFaces } from './faces';
import type { StoryState } from './state';

const SQL = {
	storyIds: 'SELECT id, seq FROM stories',
	mentionCounts: 'SELECT story_seq, count(*) FROM story_mentions GROUP BY story_seq',
	deleteStory: 'DELETE FROM stories WHERE seq = ?',
	forgetGone: 'DELETE FROM stories_gone WHERE written < (SELECT max(written) FROM stories_gone)',
	moveMentions: 'UPDATE story_mentions SET story_seq = ? WHERE story_seq = ?',
	setMention: 'INSERT INTO story_mentions (event_seq, story_seq) VALUES (?, ?) ON CONFLICT (event_seq) DO UPDATE SET story_seq = excluded.story_seq',
	eventSeq: 'SELECT seq FROM events WHERE id = ?',
	stale: `INSERT INTO meta (key, value) VALUES ('stories_stale', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
	isStale: `SELECT value FROM meta WHERE key = 'stories_stale'`,
	rebuilds: `SELECT value FROM meta WHERE key = 'stories_rebuilds'`,
	rebuilt: `INSERT INTO meta (key, value) VALUES ('stories_rebuilds', '1')
		ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)`
};

const metaValue = async (db: Db, sql: string) => (await db.get<{ value: string }>(sql))?.value;

/** How many times the stored stories have been written whole: a process that counted fewer must build its own again. */
export const rebuildCount = async (db: Db): Promise<string> => (await metaValue(db, SQL.rebuilds)) ?? '0';

/**
 * After an article's mentions left their stories (it was edited or deleted): another process cannot catch up by
 * feeding the articles added since, so it is told to build its stories again, as after a rebuild; this one is not.
 */
export async function markRegrouped(tx: Db, state: StoryState): Promise<void> {
	await tx.run(SQL.rebuilt);
	state.rebuilds = await rebuildCount(tx);
}

/** Whether the stored stories are known not to match the stored events (a write left them to be built again). */
export const storedStale = async (db: Db): Promise<boolean> => (await metaValue(db, SQL.isStale)) === '1';
export const markStale = async (tx: Db, stale: boolean): Promise<void> => void (await tx.run(SQL.stale, [stale ? '1' : '0']));

/**
 * Whether the stories a replay built are the stored ones: the same ids, each with
 * as many mentions. Then their numbers are taken from the database and nothing is
 * written; else `writeAll` writes them.
 */
export async function matchesStored(db: Db, state: StoryState): Promise<boolean> {
	const stored = new Map(await db.values<[string, number]>(SQL.storyIds));
	const counts = new Map(await db.values<[number, number]>(SQL.mentionCounts));
	const live = state.builder.stories();
	if (live.length !== stored.size || counts.size !== stored.size) return false;
	for (const story of live) {
		const seq = stored.get(story.id);
		if (seq === undefined || counts.get(seq) !== story.mentions.length) return false;
	}
	adoptNumbers(state, stored);
	return true;
}

function adoptNumbers(state: StoryState, seqs: ReadonlyMap<string, number>): void {
	state.seqOf = new Map(seqs);
	state.nextSeq = greatest(seqs.values()) + 1;
	// What the replay changed is what is stored now.
	state.builder.drainChanges();
}

/**
 * Writes every story of a replay: a story whose id is stored keeps its number,
 * stories gone are deleted, each mention's row is written again. In the caller's
 * transaction.
 */
export async function writeAll(tx: Db, state: StoryState, eventSeqs: ReadonlyMap<string, number>): Promise<void> {
	const stored = new Map(await tx.values<[string, number]>(SQL.storyIds));
	let next = greatest(stored.values()) + 1;
	const { builder } = state;
	const seqs = new Map<string, number>();
	for (const story of builder.stories()) seqs.set(story.id, stored.get(story.id) ?? next++);
	await tx.exec('DELETE FROM story_mentions; DELETE FROM article_copies');
	// Every story is written again below, after every note of a story deleted: an index spliced from before sees
	// all its rows change and is built anew (story-index.ts), so the notes are needed no more. The last is kept,
	// as the greatest `written` yet, which only ever grows (faces.ts `lastWritten`).
	await tx.run(SQL.forgetGone);
	for (const [id, seq] of stored) if (!seqs.has(id)) await tx.run(SQL.deleteStory, [seq]);
	// Rows new to the tables (every mention's and copy's: deleted above) are appended in one go, the others upserted.
	const [faces, newFaces, mentions, copies]: Param[][][] = [[], [], [], []];
	const aliases = new Map<string, string>();
	for (const story of builder.stories()) {
		const seq = seqs.get(story.id)!;
		(stored.has(story.id) ? faces : newFaces).push(faceRow(seq, story, builder.articles));
		for (const m of story.mentions) {
			const event = eventSeqs.get(m.eventId);
			if (event !== undefined) mentions.push([event, seq]);
		}
		for (const alias of story.aliases) aliases.set(alias, story.id);
	}
	await writeFaces(tx, faces);
	await appendFaces(tx, newFaces);
	await tx.insertRows('story_mentions', ['event_seq', 'story_seq'], mentions);
	await writeAliases(tx, aliases);
	for (const a of builder.articles.values()) if (a.copyOf) copies.push([a.id, a.copyOf]);
	await tx.insertRows('article_copies', ['article_id', 'copy_of'], copies);
	adoptNumbers(state, seqs);
	await markStale(tx, false);
	await tx.run(SQL.rebuilt);
	clearChanges(state);
}

/** Writes what the builder changed since the last write: merges, changed faces, regrouped mentions, copies. */
export async function writeChanges(tx: Db, state: StoryState): Promise<void> {
	const { builder } = state;
	const aliases = new Map<string, string>();
	for (const { gone, goneSeq, survivor, survivorSeq } of state.merged) {
		await tx.run(SQL.moveMentions, [survivorSeq, goneSeq]);
		await tx.run(SQL.deleteStory, [goneSeq]);
		aliases.set(gone, survivor);
	}
	await writeAliases(tx, aliases);
	for (const seq of state.removed) await tx.run(SQL.deleteStory, [seq]);
	for (const id of state.regrouped) {
		const story = builder.story(id);
		const seq = story && state.seqOf.get(story.id);
		if (!story || seq === undefined) continue;
		for (const m of story.mentions) {
			const event = (await tx.get<{ seq: number }>(SQL.eventSeq, [m.eventId]))?.seq;
			if (event !== undefined) await tx.run(SQL.setMention, [event, seq]);
		}
	}
	const faces: Param[][] = [];
	for (const id of state.changed) {
		const story = builder.story(id);
		const seq = state.seqOf.get(id);
		// A story merged away meanwhile: its survivor is among the changed.
		if (!story || story.id !== id || seq === undefined) continue;
		if (story.mentions.length === 0) await tx.run(SQL.deleteStory, [seq]);
		else faces.push(faceRow(seq, story, builder.articles));
	}
	await writeFaces(tx, faces);
	await upsertRows(tx, 'article_copies', ['article_id', 'copy_of'], 'article_id', [...new Map(state.copies)]);
	clearChanges(state);
}

/**
 * What a bulk load's story thread (story-thread.ts) merged since it was fed the stored stories: the stories created or
 * changed (each with its face's row, its number left 0, the events of the load's own articles among its mentions, and
 * the ids that open it), the stories merged into another, and the load's wire copies. Plain data, sent from the thread.
 */
export interface FedChanges {
	stories: { id: string; face: Param[]; newEvents: string[]; aliases: string[] }[];
	merged: [gone: string, survivor: string][];
	copies: [article: string, copyOf: string][];
}

/**
 * Writes what a story thread merged (`FedChanges`) over the stored stories it started from: a merged-away story's
 * mentions go to its survivor and its row goes, the changed faces are written (a new story's appended), and the
 * load's events get their stories. Only those rows: a server's story index then reads only them again. `eventSeqs`:
 * the numbers of the load's events.
 */
export async function writeFedChanges(tx: Db, changes: FedChanges, eventSeqs: ReadonlyMap<string, number>): Promise<void> {
	const stored = new Map(await tx.values<[string, number]>(SQL.storyIds));
	let next = greatest(stored.values()) + 1;
	const seqs = new Map<string, number>();
	const seqOf = (id: string) => stored.get(id) ?? seqs.get(id) ?? (seqs.set(id, next), next++);
	const aliases = new Map<string, string>();
	for (const [gone, survivor] of changes.merged) {
		const goneSeq = stored.get(gone);
		// A story made and merged away during the load never had a row.
		if (goneSeq === undefined) continue;
		await tx.run(SQL.moveMentions, [seqOf(survivor), goneSeq]);
		await tx.run(SQL.deleteStory, [goneSeq]);
		aliases.set(gone, survivor);
	}
	const [faces, newFaces, mentions]: Param[][][] = [[], [], []];
	for (const story of changes.stories) {
		const seq = seqOf(story.id);
		story.face[0] = seq;
		(stored.has(story.id) ? faces : newFaces).push(story.face);
		for (const id of story.newEvents) mentions.push([eventSeqs.get(id)!, seq]);
		for (const alias of story.aliases) aliases.set(alias, story.id);
	}
	await writeFaces(tx, faces);
	await appendFaces(tx, newFaces);
	await tx.insertRows('story_mentions', ['event_seq', 'story_seq'], mentions);
	await writeAliases(tx, aliases);
	await tx.insertRows('article_copies', ['article_id', 'copy_of'], changes.copies);
	await markStale(tx, false);
}

/** A story merged into another, or whose first event now sits in another: its id (the alias) opens the survivor. */
const writeAliases = (tx: Db, aliases: ReadonlyMap<string, string>) => upsertRows(tx, 'story_aliases', ['alias', 'story'], 'alias', [...aliases]);

function clearChanges(state: StoryState): void {
	state.changed.clear();
	state.merged.length = 0;
	state.removed.length = 0;
	state.copies.length = 0;
	state.regrouped.clear();
}

/** The greatest of many numbers, 0 for none: spread into Math.max, hundreds of thousands overflow the stack. */
function greatest(values: Iterable<number>): number {
	let max = 0;
	for (const v of values) if (v > max) max = v;
	return max;
}
