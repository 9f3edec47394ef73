import type { DaySpan } from '../domain/timex';

/** One article's mention of a happening: what the extractor found, with the words that tell it. */
export interface Mention {
	/** The event's id (domain/ids.ts `eventId`): stable across re-ingest, and the seed of a story's id. */
	eventId: string;
	articleId: string;
	/** The clause's span in the article's text. */
	start: number;
	end: number;
	/** Where the clause's sentence starts: two events one sentence tells apart are two happenings. */
	sentence: number;
	/** The date as this article wrote it (TIMEX3-style value). */
	value: string;
	/** The days it covers; null for a date that names none ("recently"), which never joins another mention. */
	span: DaySpan | null;
	/** Most salient first. */
	countries: string[];
	/**
	 * False when the clause names no place of these countries itself: the
	 * extractor borrowed them from the sentence, the paragraph or the article,
	 * and countries other than a story's say less against it. Absent counts as
	 * the clause's own (mentions.ts always sets it).
	 */
	ownCountries?: boolean;
	summary: string;
	confidence: number;
	/** Content words of the clause (lower case, stemmed, each once), what the join compares first. */
	words: string[];
	/**
	 * Words of the clause's sentence outside the clause, and of the headline for
	 * the lead sentence: a clause such as ", although both sides reported
	 * violations overnight" says little alone. They count half.
	 */
	context: string[];
}

/** An article as the merger sees it: when it was published and who published it. */
export interface StoryArticle {
	id: string;
	/** `YYYY-MM-DD` or null; orders "who reported it first". */
	published: string | null;
	/** The outlet; copies of one wire story on several outlets count once. */
	outlet: string;
	/** The article this one is a near-identical copy of (wire republication), if any. */
	copyOf: string | null;
}

/** One real-world happening: every mention of it, and what the join needs to compare a new mention with it. */
export interface Story {
	id: string;
	/** Ids of stories merged into this one: links to them still open it. */
	aliases: string[];
	mentions: Mention[];
	/** The days its mentions agree on (face.ts `agreedDate`), what a new mention's date is compared with. */
	span: DaySpan | null;
	/**
	 * The words its mentions hold (clause and context): the story's vocabulary, for the join, which asks only whether
	 * it holds a word. A Set, not counts: a story's is the largest table the merger keeps, one per story.
	 */
	words: Set<string>;
	/** How many of its mentions name each country. */
	countries: Map<string, number>;
	/** A reader has split, moved or merged its mentions: automatic merging then leaves it as the reader made it. */
	human: boolean;
}
