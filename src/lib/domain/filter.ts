/** Which events a view shows: a time window, countries (all or any of them) and words. */
export interface EventFilter {
	/** First and last day of the window (UTC day numbers); null leaves that side open. */
	from: number | null;
	to: number | null;
	/** ISO alpha-2 codes. Empty: every country. */
	countries: string[];
	/** `all`: an event must involve every selected country; `any`: at least one. */
	mode: 'all' | 'any';
	/** Words that must all appear in the event's summary or its article's title (case-insensitive). */
	text: string;
}

/**
 * Events in one page of the list, on the server's first screen and each time
 * "Show more" is pressed: a few screens of the side panel, not more, as a click
 * renders them all at once.
 */
export const LIST_PAGE = 25;

export const NO_FILTER: EventFilter = { from: null, to: null, countries: [], mode: 'any', text: '' };

/** The words of a text query, lower-cased; empty for blank text. */
export function queryWords(text: string): string[] {
	return text.toLowerCase().split(/\s+/).filter(Boolean);
}
