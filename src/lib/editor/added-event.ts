import type { Correction, IdentifiedEvent } from '$lib/domain/corrections';
import { eventId } from '$lib/domain/ids';
import type { Extraction } from '$lib/domain/types';

/** Longest summary given to an added event, in characters: about two lines of a card. */
const SUMMARY_LENGTH = 200;

/** The article an event is added to, as the editor holds it. */
export interface AddingTo {
	id: string;
	text: string;
	/** Its publication date: the date of an event whose words name none. */
	published: string;
	extraction: Extraction;
	/** Its events as they stand, and the reader's corrections so far (ids in use, dropped ones too). */
	events: readonly { id: string }[];
	corrections: readonly Correction[];
}

/**
 * The correction that adds an event the extractor missed, from the words between `start`
 * and `end`: dated by the first date mention among them (else the publication day), with
 * the countries of the places among them.
 */
export function addedEvent(article: AddingTo, start: number, end: number): Extract<Correction, { kind: 'add' }> {
	const inside = <T extends { start: number; end: number }>(m: T) => m.start >= start && m.end <= end;
	const date = article.extraction.dates.find(inside);
	const countries = [...new Set(article.extraction.places.filter(inside).flatMap((p) => (p.country ? [p.country] : [])))];
	const value = date?.value ?? article.published;
	const words = article.text.slice(start, end);
	const event: IdentifiedEvent = {
		id: readerEventId(article.id, value, words, idsInUse(article)),
		date: date ? { value: date.value, granularity: date.granularity } : { value, granularity: 'day' },
		countries,
		start,
		end,
		summary: words.replace(/\s+/g, ' ').trim().slice(0, SUMMARY_LENGTH),
		confidence: 1
	};
	return { kind: 'add', event };
}

/**
 * An id for an event a reader adds, made like the extractor's (`eventId`) but counting its
 * occurrences down from −1, where the extractor counts up from 0: an extractor that later
 * finds the same words with the same date gives its event another id. The first such id not
 * in use, so a reader can add the same words twice.
 */
export function readerEventId(articleId: string, dateValue: string, words: string, inUse: ReadonlySet<string>): string {
	for (let occurrence = -1; ; occurrence--) {
		const id = eventId(articleId, dateValue, words, occurrence);
		if (!inUse.has(id)) return id;
	}
}

function idsInUse(article: AddingTo): Set<string> {
	const ids = new Set(article.events.map((e) => e.id));
	for (const c of article.corrections) ids.add(c.kind === 'add' ? c.event.id : c.eventId);
	return ids;
}
