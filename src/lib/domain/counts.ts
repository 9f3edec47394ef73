import type { EventDetail } from './types';

/** Number of events involving each country. */
export function countByCountry(events: Iterable<EventDetail>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const event of events) for (const iso of event.countries) counts.set(iso, (counts.get(iso) ?? 0) + 1);
	return counts;
}
