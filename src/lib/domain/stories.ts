/**
 * Stories as the API serves them and the views show them (DESIGN.md "Story"):
 * one real-world happening, told by one or many articles. The server builds
 * them (src/lib/stories/ merges mentions, src/lib/server/ stores them); the
 * client counts, draws and lists them.
 */

import type { ArticleSummary, EventDetail, Granularity } from './types';

/** A story as a list row shows it (`GET /api/stories?seq=1,2`): its face, without its mentions. */
export interface StorySummary {
	/** `st-…`: stable across adding articles, re-ingest and re-extraction; a merged-away story's id stays an alias. */
	id: string;
	/** Its row number in the compact index (`/api/index`): not stable across data sets; links use `id`. */
	seq: number;
	/** The most precise date its mentions agree on, with the ISO days it covers. */
	date: { value: string; granularity: Granularity; first: string; last: string };
	/** When some mentions do not contain the agreed date: the first and last day of all of them; else null. */
	spread: { first: string; last: string } | null;
	/** The union of its mentions' countries, the most salient first. */
	countries: string[];
	/** The clearest mention's summary. */
	summary: string;
	/** Articles that tell it, wire copies included. */
	articles: number;
	/** Independent outlets: wire copies of one story count once. */
	outlets: number;
	/** Who reported it first: the earliest published article telling it, and its outlet. */
	first: { article: ArticleSummary; outlet: string };
	/** A reader has split, moved or merged its mentions. */
	human: boolean;
}

/** A story opened (`GET /api/stories/{id}`, id or alias or `st-` + one of its events' ids): every mention in its article. */
export interface StoryDetail extends StorySummary {
	/** Ids of stories merged into this one; links to them open it. */
	aliases: string[];
	/** Every article's mention, in publication order; each carries its article and sentence. */
	mentions: EventDetail[];
	/** Articles that are near-identical copies of another telling it ("also published by"). */
	copies: { article: ArticleSummary; copyOf: string }[];
}

/**
 * A reader's correction of the merging (`POST /api/stories/corrections`): it
 * persists, and is applied again after every re-extraction and re-merging.
 * The answer names the story to show afterwards: `{ "story": id }`.
 */
export type StoryCorrection =
	/** The event's mention leaves its story and becomes a story of its own. */
	| { op: 'split'; event: string }
	/** The event's mention leaves its story and joins `to`. */
	| { op: 'move'; event: string; to: string }
	/** Story `story` joins `into`; its id becomes an alias of `into`. */
	| { op: 'merge'; story: string; into: string };

/** What counts on the timeline and the map: happenings (stories), or coverage (articles telling them). */
export type CountUnit = 'stories' | 'articles';

/** Where each event of a draft article would go (`POST /api/stories/preview`), in the extraction's event order. */
export interface StoryPreview {
	events: { joins: StorySummary | null }[];
}
