import { eventId } from './ids';
import { coverage } from './timex';
import type { Article, DatedEvent, Extraction } from './types';

/**
 * The events of one article as the app shows them: each with a stable id and
 * the days it covers. Events whose date names no definite days ("recently")
 * cannot be placed on a timeline and are left out.
 */
export function datedEvents(article: Pick<Article, 'id' | 'text'>, extraction: Extraction): DatedEvent[] {
	const events: DatedEvent[] = [];
	const seen = new Map<string, number>();
	for (const event of extraction.events) {
		const span = coverage(event.date.value);
		if (!span || event.countries.length === 0) continue;
		const words = article.text.slice(event.start, event.end);
		const key = `${event.date.value}\u0000${words}`;
		const occurrence = seen.get(key) ?? 0;
		seen.set(key, occurrence + 1);
		events.push({
			...event,
			id: eventId(article.id, event.date.value, words, occurrence),
			articleId: article.id,
			firstDay: span.first,
			lastDay: span.last
		});
	}
	return events;
}
