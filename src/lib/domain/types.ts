/** The words used everywhere; see DESIGN.md "Data model". */

import type { Correction } from './corrections';

export type Granularity =
	| 'day'
	| 'week'
	| 'month'
	| 'quarter'
	| 'season'
	| 'year'
	| 'decade'
	| 'range'
	| 'unknown';

export type PlaceKind =
	| 'country'
	| 'demonym'
	| 'capital'
	| 'city'
	| 'metonym'
	| 'organisation'
	| 'region'
	| 'other';

export interface Article {
	/** Stable: derived from the URL, else from a hash of the content. */
	id: string;
	url?: string;
	title: string;
	source?: string;
	/** ISO calendar day (UTC); the reference for relative dates. */
	published: string;
	text: string;
}

export interface DateMention {
	start: number;
	end: number;
	text: string;
	/** TIMEX3-style value: 2014-08-18, 2014-07, 2013, 2014-W33, 2014-Q3, 2014-SU, 2014-03-01/2014-08-18 */
	value: string;
	granularity: Granularity;
}

export interface PlaceMention {
	start: number;
	end: number;
	text: string;
	/** ISO 3166-1 alpha-2, or null for groups that are no single country (EU, NATO, "the West"). */
	country: string | null;
	kind: PlaceKind;
}

export interface ExtractedEvent {
	date: { value: string; granularity: Granularity };
	/** ISO alpha-2 codes, most salient first. */
	countries: string[];
	start: number;
	end: number;
	summary: string;
	confidence: number;
}

/** The extractor's output for one article, as ../shared/eval/README.md specifies. */
export interface Extraction {
	dates: DateMention[];
	places: PlaceMention[];
	events: ExtractedEvent[];
	/** Present when the article gave more events than the extractor keeps (MAX_EVENTS in extract/index.ts): only the first were kept. */
	capped?: true;
}

/** An event as the app stores and shows it. */
export interface DatedEvent extends ExtractedEvent {
	/** Stable across re-ingest: derived from the article id and the event's source span and date. */
	id: string;
	articleId: string;
	/** First and last calendar day covered, as UTC day numbers. A month-level event covers the whole month. */
	firstDay: number;
	lastDay: number;
	/** Made or changed by a reader (see `corrections.ts`), not only by the extractor. */
	human: boolean;
}

/** What the list and detail views need of an article, without its text. */
export type ArticleSummary = Omit<Article, 'text'>;

/** An article as read from a file or a request, before it has an id. */
export type ArticleDraft = Omit<Article, 'id'>;

/** An event with what the list and the detail panel show of it. */
export interface EventDetail extends ExtractedEvent {
	id: string;
	/** The event's number in the compact index (not stable across data sets; links use `id`). */
	seq: number;
	first: string;
	last: string;
	/** The words of the article the event was read from. */
	sentence: string;
	article: ArticleSummary;
	/** Made or changed by a reader. */
	human: boolean;
}

/** An article with what highlighting needs: its mentions, and its events. */
export interface ArticleWithMentions extends ArticleSummary {
	text: string;
	dates: DateMention[];
	places: PlaceMention[];
	events: EventDetail[];
	/** The reader's corrections to the extracted events. */
	corrections: Correction[];
}
