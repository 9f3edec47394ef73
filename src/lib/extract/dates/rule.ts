/** The shape of one date-grammar rule and what it may consult when resolving. */
import type { Resolved } from './calendar';
import type { Tense } from './tense';

export interface RuleContext {
	/** Publication day (UTC day number), or null when unknown: relative dates then stay unresolved. */
	pub: number | null;
	/** Tense of the clause around the mention. */
	tense: Tense;
	/** The previous calendar date mentioned in the article, for "a year earlier", "the quarter". */
	anchor: Resolved | null;
	/** Whether the anchor lies in this or the previous sentence (close enough to lean on). */
	anchorNear: boolean;
	/** Whether the anchor lies in this very sentence ("… on Sunday, a year after the jet disappeared"). */
	anchorHere: boolean;
	/**
	 * The last calendar date told, derived ones included ("A year ago today, … The pilot killed that
	 * day"): what "that day" and "the same day" point back to, when it is a day (a month has no day).
	 */
	lastDate: Resolved | null;
	/** Where the last date mention ended (0 before the first): a date right after it may be in apposition. */
	lastEnd: number;
	/**
	 * The reporting quarter when this and the previous sentence compare
	 * periods ("profit rose in the quarter from a year earlier"): the last
	 * quarter named. Earnings reports then mean quarters by "a year ago".
	 */
	reportingQuarter: Resolved | null;
	/** The last quarter named anywhere before, however far: what "the year-ago quarter" counts from. */
	lastQuarter: Resolved | null;
	/**
	 * Whether the clause compares nine-month or full-year figures ("For the
	 * nine months, net fell from a year earlier"): "a year earlier" is then a year.
	 */
	yearly: boolean;
	text: string;
	start: number;
	/**
	 * The date the article gives the happening these words name ("the
	 * referendum", "the ministry announced"), from the words around its
	 * other dates; null when it dates no such happening (dates/anchors.ts).
	 */
	eventDate(words: string[]): Resolved | null;
}

export interface Rule {
	name: string;
	re: RegExp;
	/**
	 * Whether the rule's dates are derived from the previous one ("a year
	 * earlier", "the quarter"): they must not become the anchor themselves, or
	 * a second "a year earlier" would count from the first.
	 */
	derived?: boolean;
	/** Null rejects the match (e.g. "May" the person); the span is then no date at all. */
	resolve(groups: Record<string, string | undefined>, ctx: RuleContext, match: string): Resolved | null;
}

/** A rule from a pattern source; all rules scan the whole text, so they are global. */
export function rule(name: string, source: string, flags: string, resolve: Rule['resolve'], derived = false): Rule {
	return { name, re: new RegExp(source, flags.includes('g') ? flags : flags + 'g'), resolve, derived };
}

/** "[Ll]ast": case-insensitive first letter for case-sensitive patterns (month names must stay capitalised). */
export const cap = (words: string) => words.replace(/\b([a-z])/g, (_, c: string) => `[${c.toUpperCase()}${c}]`);
