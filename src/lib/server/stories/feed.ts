import type { ArticleDraft, DatedEvent, Extraction } from '../../domain/types';
import { mentionsOfEvents } from '../../stories/mentions';
import { outletOf } from '../../stories/outlet';
import type { Db } from '../store/db';
import { hasStories, type StoryState } from './state';
import type { StoryCorrection } from '../../domain/stories';
import { applyCorrection, storedCorrections } from './corrections';
import { markRegrouped } from './persist';
import { storyThreadOf } from './story-thread';
import { storiesStale, syncedState } from './sync';

const SQL = {
	hash: 'SELECT content_hash FROM articles WHERE id = ?',
	told: `SELECT e.id, e.value, e.countries, e.start, e."end", e.summary, e.confidence, m.story_seq
		 FROM events e LEFT JOIN story_mentions m ON m.event_seq = e.seq WHERE e.article_id = ? ORDER BY e.seq`,
	eventIds: 'SELECT id FROM events WHERE article_id = ? ORDER BY seq'
};

/**
 * Before an article's events are written (in its write transaction, `tx`): the story
 * each event joins, as numbers to store beside them, or null when the stories
 * are to be built again from the stored events instead. A new article's
 * mentions go through the builder; a stored article whose content and events
 * are what they were (a --reextract that found the same) keeps its events'
 * stories; any other stored article leaves the stories stale.
 */
export async function storiesOfArticle(
	tx: Db,
	id: string,
	draft: ArticleDraft,
	extraction: Pick<Extraction, 'dates' | 'places'>,
	events: readonly DatedEvent[],
	stored: boolean,
	digest: string
): Promise<number[] | null> {
	if (!(await hasStories(tx))) return null;
	const state = await syncedState(tx);
	const mentions = () => mentionsOfEvents({ id, text: draft.text, title: draft.title }, extraction, events);
	// The draft's outlet fields only, not a copy of the whole draft per article.
	const article = { id, published: draft.published.slice(0, 10), outlet: outletOf({ id, source: draft.source, url: draft.url }) };
	if (state.stale) {
		// Built again at the end of a bulk load, unless its story thread merges them (story-thread.ts): it takes a new
		// article, and one written over, which it was fed as it was, leaves its stories to be built again too.
		const thread = storyThreadOf(tx);
		if (thread && !stored) await thread.wrote(article, draft.text, mentions());
		else thread?.invalidate();
		return null;
	}
	if (stored) {
		const kept = await unchangedStories(tx, id, digest, events);
		if (kept) return kept;
		// Edited: its old mentions leave their stories, and it is fed again as it is now; no other story is touched.
		await articleLeaves(tx, state, id);
	}
	state.builder.addArticle(article, draft.text, mentions());
	const copyOf = state.builder.articles.get(id)?.copyOf;
	if (copyOf) state.copies.push([id, copyOf]);
	if (stored) for (const c of await correctionsOfEvents(tx, events)) applyCorrection(state.builder, c);
	const seqs = events.map((e) => seqFor(state, state.builder.storyOf(e.id)!.id));
	drain(state);
	return seqs;
}

/**
 * Before a stored article is deleted or written again (in its write transaction): its events' mentions leave their
 * stories (stories/builder.ts `removeArticle`): the stories they leave are written again, one left empty is deleted
 * (a link to it falls back), and every other story stays as it is. Stale stories are built again instead.
 */
export async function articleLeaves(tx: Db, state: StoryState, id: string): Promise<void> {
	if (state.stale) return;
	state.builder.removeArticle(id, (await tx.values<[string]>(SQL.eventIds, [id])).map(([event]) => event));
	drain(state);
	await markRegrouped(tx, state);
}

/** Before a stored article is deleted: its mentions leave their stories (see `articleLeaves`). */
export async function storiesOfDeletedArticle(tx: Db, id: string): Promise<void> {
	if (!(await hasStories(tx))) return;
	const state = await syncedState(tx);
	storyThreadOf(tx)?.invalidate();
	if (state.stale) await storiesStale(tx);
	else await articleLeaves(tx, state, id);
}

/**
 * Readers' splits and moves of these events, in the order made: applied again when the article is fed again after
 * an edit, so that a mention a reader took out of a story, or put in one, stays where the reader put it. (Merges
 * name stories, which its leaving does not undo.)
 */
async function correctionsOfEvents(tx: Db, events: readonly DatedEvent[]): Promise<StoryCorrection[]> {
	const ids = new Set(events.map((e) => e.id));
	return (await storedCorrections(tx))
		.map((c) => c.correction)
		.filter((c) => c.op !== 'merge' && ids.has(c.event));
}

/** A story's number: the one it has, or a new one for a story that starts. */
export function seqFor(state: StoryState, id: string): number {
	let seq = state.seqOf.get(id);
	if (seq === undefined) state.seqOf.set(id, (seq = state.nextSeq++));
	return seq;
}

/**
 * Takes in what the builder changed since it was last asked: stories to write
 * again, and stories merged away (or emptied) whose rows go to their survivor.
 * A story made and merged away meanwhile never had a row, and needs none.
 */
export function drain(state: StoryState): string[] {
	const { changed, merged, emptied } = state.builder.drainChanges();
	for (const id of emptied) {
		const seq = state.seqOf.get(id);
		if (seq !== undefined) state.removed.push(seq);
		state.seqOf.delete(id);
		state.changed.delete(id);
	}
	for (const [gone, survivor] of merged) {
		const goneSeq = state.seqOf.get(gone);
		if (goneSeq === undefined) continue;
		state.merged.push({ gone, goneSeq, survivor, survivorSeq: seqFor(state, survivor) });
		state.seqOf.delete(gone);
		state.changed.delete(gone);
	}
	for (const id of changed) {
		seqFor(state, id);
		state.changed.add(id);
	}
	return changed;
}

/** A stored article written again: its events' stories, if its content and events are what they were; else null. */
async function unchangedStories(tx: Db, id: string, digest: string, events: readonly DatedEvent[]): Promise<number[] | null> {
	if ((await tx.get<{ content_hash: string }>(SQL.hash, [id]))?.content_hash !== digest) return null;
	const told = await tx.values<[string, string, string, number, number, string, number, number | null]>(SQL.told, [id]);
	if (told.length !== events.length) return null;
	const seqs: number[] = [];
	for (let i = 0; i < told.length; i++) {
		const [eventId, value, countries, start, end, summary, confidence, story] = told[i];
		const e = events[i];
		const same = eventId === e.id && value === e.date.value && countries === e.countries.join(',') && start === e.start && end === e.end && summary === e.summary && confidence === e.confidence;
		if (!same || story === null) return null;
		seqs.push(story);
	}
	return seqs;
}
