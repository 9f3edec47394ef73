import { applyCorrections, type Correction, type IdentifiedEvent } from './corrections';
import { eventId } from './ids';
import { coverage } from './timex';
import type { Article, DatedEvent, Extraction } from './types';

/**
 * The events of one article as the app stores and shows them: each with a
 * stable id, the reader's corrections applied, and the days it covers. Events
 * whose date names no definite days ("recently") or no country cannot be
 * placed on the timeline and map, and are left out.
 */
export function datedEvents(article: Pick<Article, 'id' | 'text'>, extraction: Extraction, corrections: Correction[] = []): DatedEvent[] {
	const events: DatedEvent[] = [];
	for (const event of applyCorrections(identify(article, extraction), corrections)) {
		const span = coverage(event.date.value);
		if (!span || event.countries.length === 0) continue;
		// Written out, not spread: a spread of each event is a slow path in V8, and ingest makes a million.
		const { id, date, countries, start, end, summary, confidence, human } = event;
		events.push({ id, date, countries, start, end, summary, confidence, human, articleId: article.id, firstDay: span.first, lastDay: span.last });
	}
	return events;
}

/** Gives each extracted event its stable id: the same article, date and words give the same id on every run. */
export function identify(article: Pick<Article, 'id' | 'text'>, extraction: Extraction): IdentifiedEvent[] {
	const seen = new Map<string, number>();
	return extraction.events.map((event) => {
		const words = article.text.slice(event.start, event.end);
		const key = `${event.date.value}\u0000${words}`;
		const occurrence = seen.get(key) ?? 0;
		seen.set(key, occurrence + 1);
		return { ...event, id: eventId(article.id, event.date.value, words, occurrence) };
	});
}
