import { formatDay } from './days';
import { eventId } from './ids';
import { coverage } from './timex';
import type { DatedEvent, Extraction } from './types';

/**
 * The events of one article as the app shows them: each with a stable id and
 * the days it covers. Events whose date names no definite days ("recently")
 * cannot be placed on a timeline and are left out.
 */
export function datedEvents(articleId: string, extraction: Extraction): DatedEvent[] {
	const events: DatedEvent[] = [];
	for (const event of extraction.events) {
		const span = coverage(event.date.value);
		if (!span || event.countries.length === 0) continue;
		events.push({
			...event,
			id: eventId(articleId, event.start, event.end, event.date.value),
			articleId,
			first: formatDay(span.first),
			last: formatDay(span.last)
		});
	}
	return events;
}
