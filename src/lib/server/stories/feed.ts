import type { ArticleDraft, DatedEvent } from '../../domain/types';
import { mentionsOfEvents } from '../../stories/mentions';
import { outletOf } from '../../stories/outlet';
import type { Db } from '../open-database';
import { preparedFor } from '../statements';
import { hasStories, type StoryState } from './state';
import { storiesStale, syncedState } from './sync';

const sql = preparedFor((db) => ({
	hash: db.prepare('SELECT content_hash FROM articles WHERE id = ?').pluck(),
	told: db
		.prepare(
			`SELECT e.id, e.value, e.countries, e.start, e.end, e.summary, e.confidence, m.story_seq
			 FROM events e LEFT JOIN story_mentions m ON m.event_seq = e.seq WHERE e.article_id = ? ORDER BY e.seq`
		)
		.raw(),
	mention: db.prepare('INSERT INTO story_mentions (event_seq, story_seq) VALUES (?, ?)')
}));

/**
 * Before an article's events are written (in its write transaction): the story
 * each event joins, as numbers to store beside them, or null when the stories
 * are to be built again from the stored events instead. A new article's
 * mentions go through the builder; a stored article whose content and events
 * are what they were (a --reextract that found the same) keeps its events'
 * stories; any other stored article leaves the stories stale.
 */
export function storiesOfArticle(db: Db, id: string, draft: ArticleDraft, dates: readonly { start: number; end: number }[], events: readonly DatedEvent[], stored: boolean, digest: string): number[] | null {
	if (!hasStories(db)) return null;
	const state = syncedState(db);
	if (state.stale) return null;
	if (stored) {
		const kept = unchangedStories(db, id, digest, events);
		if (!kept) storiesStale(db);
		return kept;
	}
	const mentions = mentionsOfEvents({ id, text: draft.text, title: draft.title }, dates, events);
	const joined = state.builder.addArticle({ id, published: draft.published.slice(0, 10), outlet: outletOf({ id, ...draft }) }, draft.text, mentions);
	const copyOf = state.builder.articles.get(id)?.copyOf;
	if (copyOf) state.copies.push([id, copyOf]);
	return joined.map((story) => noteJoin(state, story));
}

/** Stores which story an event is in, as the event is written. */
export function writeStoryMention(db: Db, eventSeq: number | bigint, storySeq: number): void {
	sql(db).mention.run(eventSeq, storySeq);
}

/**
 * A mention joined `joined` (perhaps merged away since, within the same article): its story's number,
 * a new one for a story that starts; stories it absorbed are noted as merged into it.
 */
function noteJoin(state: StoryState, joined: string): number {
	const story = state.builder.story(joined)!;
	const { id } = story;
	let seq = state.seqOf.get(id);
	if (seq === undefined) state.seqOf.set(id, (seq = state.nextSeq++));
	state.changed.add(id);
	const seen = state.aliasesSeen.get(id) ?? 0;
	if (story.aliases.length > seen) {
		for (const alias of story.aliases.slice(seen)) {
			const goneSeq = state.seqOf.get(alias);
			if (goneSeq === undefined) continue;
			state.merged.push({ gone: alias, goneSeq, survivor: id, survivorSeq: seq });
			state.seqOf.delete(alias);
			state.changed.delete(alias);
			state.aliasesSeen.delete(alias);
		}
		state.aliasesSeen.set(id, story.aliases.length);
	}
	return seq;
}

/** A stored article written again: its events' stories, if its content and events are what they were; else null. */
function unchangedStories(db: Db, id: string, digest: string, events: readonly DatedEvent[]): number[] | null {
	const statements = sql(db);
	if (statements.hash.get(id) !== digest) return null;
	const told = statements.told.all(id) as [string, string, string, number, number, string, number, number | null][];
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
