import type { Db } from '../open-database';
import { preparedFor } from '../statements';
import { writeFace } from './faces';
import type { StoryState } from './state';

const sql = preparedFor((db) => ({
	storyIds: db.prepare('SELECT id, seq FROM stories').raw(),
	mentionCounts: db.prepare('SELECT story_seq, count(*) FROM story_mentions GROUP BY story_seq').raw(),
	deleteStory: db.prepare('DELETE FROM stories WHERE seq = ?'),
	moveMentions: db.prepare('UPDATE story_mentions SET story_seq = ? WHERE story_seq = ?'),
	setMention: db.prepare('INSERT OR REPLACE INTO story_mentions (event_seq, story_seq) VALUES (?, ?)'),
	eventSeq: db.prepare('SELECT seq FROM events WHERE id = ?').pluck(),
	alias: db.prepare('INSERT OR REPLACE INTO story_aliases (alias, story) VALUES (?, ?)'),
	copy: db.prepare('INSERT OR REPLACE INTO article_copies (article_id, copy_of) VALUES (?, ?)'),
	stale: db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('stories_stale', ?)`),
	isStale: db.prepare(`SELECT value FROM meta WHERE key = 'stories_stale'`).pluck(),
	rebuilds: db.prepare(`SELECT value FROM meta WHERE key = 'stories_rebuilds'`).pluck(),
	rebuilt: db.prepare(
		`INSERT INTO meta (key, value) VALUES ('stories_rebuilds', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`
	)
}));

/** How many times the stored stories have been written whole: a process that counted fewer must build its own again. */
export const rebuildCount = (db: Db): string => (sql(db).rebuilds.get() as string | undefined) ?? '0';

/**
 * After an article's mentions left their stories (it was edited or deleted): another process cannot catch up by
 * feeding the articles added since, so it is told to build its stories again, as after a rebuild; this one is not.
 */
export function markRegrouped(db: Db, state: StoryState): void {
	sql(db).rebuilt.run();
	state.rebuilds = rebuildCount(db);
}

/** Whether the stored stories are known not to match the stored events (a write left them to be built again). */
export const storedStale = (db: Db): boolean => sql(db).isStale.get() === '1';
export const markStale = (db: Db, stale: boolean): void => void sql(db).stale.run(stale ? '1' : '0');

/**
 * Whether the stories a replay built are the stored ones: the same ids, each with
 * as many mentions. Then their numbers are taken from the database and nothing is
 * written; else `writeAll` writes them.
 */
export function matchesStored(db: Db, state: StoryState): boolean {
	const stored = new Map(sql(db).storyIds.all() as [string, number][]);
	const counts = new Map(sql(db).mentionCounts.all() as [number, number][]);
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
export function writeAll(db: Db, state: StoryState, eventSeqs: ReadonlyMap<string, number>): void {
	const statements = sql(db);
	const stored = new Map(statements.storyIds.all() as [string, number][]);
	let next = greatest(stored.values()) + 1;
	const { builder } = state;
	const seqs = new Map<string, number>();
	for (const story of builder.stories()) seqs.set(story.id, stored.get(story.id) ?? next++);
	db.exec('DELETE FROM story_mentions; DELETE FROM article_copies');
	for (const [id, seq] of stored) if (!seqs.has(id)) statements.deleteStory.run(seq);
	for (const story of builder.stories()) {
		const seq = seqs.get(story.id)!;
		writeFace(db, seq, story, builder.articles);
		for (const m of story.mentions) {
			const event = eventSeqs.get(m.eventId);
			if (event !== undefined) statements.setMention.run(event, seq);
		}
		for (const alias of story.aliases) statements.alias.run(alias, story.id);
	}
	for (const a of builder.articles.values()) if (a.copyOf) statements.copy.run(a.id, a.copyOf);
	adoptNumbers(state, seqs);
	markStale(db, false);
	statements.rebuilt.run();
	clearChanges(state);
}

/** Writes what the builder changed since the last write: merges, changed faces, regrouped mentions, copies. */
export function writeChanges(db: Db, state: StoryState): void {
	const statements = sql(db);
	const { builder } = state;
	for (const { gone, goneSeq, survivor, survivorSeq } of state.merged) {
		statements.moveMentions.run(survivorSeq, goneSeq);
		statements.deleteStory.run(goneSeq);
		statements.alias.run(gone, survivor);
	}
	for (const seq of state.removed) statements.deleteStory.run(seq);
	for (const id of state.regrouped) {
		const story = builder.story(id);
		const seq = story && state.seqOf.get(story.id);
		if (!story || seq === undefined) continue;
		for (const m of story.mentions) {
			const event = statements.eventSeq.get(m.eventId) as number | undefined;
			if (event !== undefined) statements.setMention.run(event, seq);
		}
	}
	for (const id of state.changed) {
		const story = builder.story(id);
		const seq = state.seqOf.get(id);
		// A story merged away meanwhile: its survivor is among the changed.
		if (!story || story.id !== id || seq === undefined) continue;
		if (story.mentions.length === 0) statements.deleteStory.run(seq);
		else writeFace(db, seq, story, builder.articles);
	}
	for (const [article, copyOf] of state.copies) statements.copy.run(article, copyOf);
	clearChanges(state);
}

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
