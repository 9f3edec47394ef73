import type { Extraction } from '../domain/types';
import type { PlaceLookup } from './cities';
import { findDates } from './dates';
import { findRanges } from './dates/ranges';
import { buildEvents } from './events';
import { clockCountry } from './clock';
import { outletCountry } from './outlet';
import { localeCountry } from './locale';
import { findPeople } from './people';
import { findPlaces } from './places';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

export type { PlaceLookup, WorldPlace } from './cities';

/** What the extractor reads: an article's text and the date it was published (the reference for relative dates). */
export interface ArticleInput {
	id: string;
	/** `YYYY-MM-DD`, sometimes only `YYYY-MM`, or null when unknown. */
	published: string | null;
	title?: string | null;
	text: string;
	/** Where the article was published and by whom: the outlet's home country is a clue to its towns (outlet.ts). */
	url?: string | null;
	source?: string | null;
}

export interface ExtractOptions {
	/**
	 * The world's cities and regions (world-gazetteer.server.ts). Without it the
	 * built-in tables still find countries, capitals, major regions and cities:
	 * that is what the browser preview uses.
	 */
	world?: PlaceLookup;
}

/**
 * The most events one article yields; those after it (in reading order) are
 * dropped and the extraction says `capped`. The most any real article of the
 * dev sets gives is 24: an article with more than this is repeated or made-up
 * text, whose events would crowd every other article off the timeline.
 */
export const MAX_EVENTS = 500;

/** Dates, places and events of one article. Pure and synchronous: runs in the CLI, the server and the browser. */
export function extract(article: ArticleInput, options: ExtractOptions = {}): Extraction {
	const text = article.text;
	const sentences = splitSentences(text);
	const dates = findDates(text, article.published, sentences);
	// Where the outlet writes from, by its address or name, else by the zone it tells the time in.
	const tokens = tokenize(text);
	const home = outletCountry(article.url, article.source) ?? clockCountry(text);
	const places = findPlaces(text, options.world, home, tokens);
	// Intervals ("since March") are no TIMEX mentions of their own, but they date the events they frame.
	const ranges = findRanges(dates, text, article.published);
	const timeline = ranges.length ? [...dates, ...ranges].sort((a, b) => a.start - b.start || b.end - a.end) : dates;
	// An article whose text names no place ("the council", "the bridge") happens where its headline says, else where it
	// is written, when either is known.
	const unnamedCountry = () => titleCountry(article.title, options.world, home) ?? home ?? localeCountry(text);
	const events = buildEvents(text, sentences, timeline, places, findPeople(text, tokens), unnamedCountry);
	if (events.length > MAX_EVENTS) return { dates, places, events: events.slice(0, MAX_EVENTS), capped: true };
	return { dates, places, events };
}

/** The country the headline's places name most, if any: "Jersey Village City Council adopts budget". */
function titleCountry(title: string | null | undefined, world: PlaceLookup | undefined, home: string | null): string | null {
	if (!title) return null;
	const counts = new Map<string, number>();
	for (const p of findPlaces(title, world, home)) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
