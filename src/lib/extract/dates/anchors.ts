/**
 * Dates anchored to another event: "three weeks after the referendum", "a day
 * after the summit", "only days after the ministry announced …", "within
 * hours of the vote". The anchor is a happening the article dates elsewhere
 * ("the referendum on March 16", "The summit was held on May 3"): the words
 * around each of the article's calendar dates are filed under that date, and
 * the words naming the anchor are looked up there. No anchor found, no date:
 * the publication date is not what "three weeks after the referendum" counts
 * from.
 *
 * Only a bounded neighbourhood is read: a few words either side of each date
 * in its own sentence, and at most four words after "after the".
 */
import { parseAnchor, rangeValue, shiftedUnit, type Resolved, type Unit } from './calendar';
import { coverage } from '../../domain/timex';
import { UNITS } from './lexicon';
import type { Tense } from './tense';

/** Characters read before and after a date for the words that tell what happened on it. */
const BEFORE = 70;
const AFTER = 50;

/**
 * Words that name no happening of their own: function words, reporting and
 * time words, and the actors of any story (a date next to "the president"
 * dates what the president did, not every later "after the president …").
 */
const STOP = new Set(
	(
		'that this these those with from have been were their there which when where after before since about other also than then more most some such into over under ' +
		'last next year years month months week weeks today yesterday tomorrow said says told will would could should what while just only even both each ' +
		'first second third held took made came went they them its his her our your early late later earlier during until through against between among ' +
		'president government officials official minister ministry people country countries company police state city capital leader leaders prime spokesman spokeswoman ' +
		'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december'
	).split(' ')
);

/** A word as the index files it: lower case, a plural's "s" dropped ("talks" = "talk"). */
export function wordKey(word: string): string | null {
	const w = word.toLowerCase();
	if (w.length < 4 || STOP.has(w)) return null;
	return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

const WORD = /\p{L}[\p{L}'-]*/gu;
/** Where the words about a date end: a reporting verb (what follows is the report's) or a bracket. */
const BOUNDARY = /[;:()\u2014]|\b(?:said|says|say|reported|reports|told|according)\b/i;

const BOUNDARIES = new RegExp(BOUNDARY.source, 'gi');

/** The offset just past the last boundary in `s`, 0 if none. */
function lastBoundary(s: string): number {
	let at = 0;
	for (const m of s.matchAll(BOUNDARIES)) at = m.index + m[0].length;
	return at;
}
/** Enough for "after" and four words: "a month after North Korea's fourth nuclear test" names no happening of "February". */
const LOOK_BACK = 60;

/**
 * "after the vote", "before Kim Jong Un's birthday": words a few after one of these name an anchor, not
 * a happening of this date. Read from the end, word by word (the pointer and at most four words after
 * it), not with a pattern anchored at the end tried from every character before it.
 */
function pointsElsewhere(before: string): boolean {
	if (!/\s$/.test(before)) return false;
	const words = before.split(/\s+/);
	words.pop();
	for (let k = words.length - 1, after = 0; k >= 0 && after <= 4; k--, after++) {
		if (/^(?:after|before|since|of)$/i.test(words[k])) return true;
		if (!/^[\p{L}'.-]+$/u.test(words[k])) return false;
	}
	return false;
}

/** Calendar dates by the words around them: what each date is the date of. */
export class EventIndex {
	private readonly byWord = new Map<string, { date: Resolved; distance: number }>();

	/** Files the words of `sentence` near the date at `[start, end)` under it (the nearest date wins a word). */
	add(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number, date: Resolved): void {
		// Not past a reporting verb or a bracket: "…in his kitchen, the Buffalo News reported Friday" dates the report.
		const lead = text.slice(Math.max(sentenceStart, start - BEFORE), start);
		const cut = lastBoundary(lead);
		const from = start - lead.length + cut;
		const tail = text.slice(end, Math.min(sentenceEnd, end + AFTER));
		const stop = BOUNDARY.exec(tail);
		const to = end + (stop ? stop.index : tail.length);
		const window = text.slice(from, to);
		WORD.lastIndex = 0;
		for (const m of window.matchAll(WORD)) {
			const at = from + m.index;
			if (at >= start && at < end) continue;
			const key = wordKey(m[0]);
			if (!key) continue;
			if (pointsElsewhere(window.slice(Math.max(0, m.index - LOOK_BACK), m.index))) continue;
			const distance = at < start ? start - at : at - end;
			const known = this.byWord.get(key);
			if (!known || distance < known.distance) this.byWord.set(key, { date, distance });
		}
	}

	get size(): number {
		return this.byWord.size;
	}

	/** The date most of the words agree on (ties: the first word's); null when none is filed. */
	dateOf(words: string[]): Resolved | null {
		const votes = new Map<string, { date: Resolved; n: number }>();
		let best: { date: Resolved; n: number } | null = null;
		for (const w of words) {
			const key = wordKey(w);
			const hit = key ? this.byWord.get(key) : undefined;
			if (!hit) continue;
			const v = votes.get(hit.date.value) ?? { date: hit.date, n: 0 };
			v.n++;
			votes.set(hit.date.value, v);
			if (!best || v.n > best.n) best = v;
		}
		return best?.date ?? null;
	}
}

/**
 * The words naming the anchor after "after"/"before"/"of": the noun phrase
 * after a determiner and the verb that may follow it ("the ministry
 * announced"), up to four words and never past a comma.
 */
const ANCHOR_WORDS = /^\s+(?:the|a|an|this|that|its|their|his|her|last\s+\p{L}+'s|(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}\p{L}+'s)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

export function anchorWords(after: string): string[] | null {
	const m = ANCHOR_WORDS.exec(after);
	if (!m) return null;
	// The noun phrase and its verb, not what the verb did to whom: "a sniper killed", not "… Dr. Barnett".
	const words = m[1].split(/\s+/);
	const verb = words.findIndex((w) => /^[a-z]+ed$|^(?:began|broke|came|fell|held|hit|left|made|met|rose|said|sank|shot|struck|took|went|won|lost)$/.test(w));
	return verb < 0 ? words : words.slice(0, verb + 1);
}

/** "days", "weeks", "hours": a count not given. */
export type Vague = 'hour' | 'day' | 'week';

/**
 * The date `n` units after (or before) the anchor. An offset finer than the
 * anchor is known to ("a day after the vote in May") keeps the anchor's unit.
 */
export function offsetFrom(anchor: Resolved, unit: Unit, n: number): Resolved | null {
	const a = parseAnchor(anchor.value);
	if (!a) return null;
	if (ORDER[unit] >= ORDER[a.unit]) return shiftedUnit(a.day, unit, n);
	// From the first day of the anchor's unit, the unit the shifted day falls in.
	return unit === 'day' || unit === 'week' ? shiftedUnit(a.day + (unit === 'week' ? 7 * n : n), a.unit, 0) : shiftedUnit(a.day, a.unit, 0);
}

const ORDER: Record<Unit, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4, decade: 5 };

/**
 * A count not given: "within hours of the vote" is its day; "days after the
 * summit" the week after it (day 1 to 7), "weeks after" day 7 to 42, as a
 * range that never reaches back past the anchor (the anchor's ISO week
 * would, when it falls late in the week). Before the anchor, the mirror image.
 */
export function vagueFrom(anchor: Resolved, unit: Vague, sign: 1 | -1): Resolved | null {
	const a = parseAnchor(anchor.value);
	if (!a) return null;
	if (a.unit !== 'day') return unit === 'week' ? null : anchor;
	if (unit === 'hour') return anchor;
	const [near, far] = unit === 'day' ? [1, 7] : [7, 42];
	return sign > 0 ? rangeValue(a.day + near, a.day + far) : rangeValue(a.day - far, a.day - near);
}

/**
 * An anchored date after publication, in a clause not told in the future, is
 * a wrong anchor (the words matched another happening): no date rather than a
 * date that has not come yet.
 */
export function happened(date: Resolved | null, pub: number | null, tense: Tense): Resolved | null {
	if (!date || pub === null || tense === 'future') return date;
	const span = coverage(date.value);
	if (!span || span.first > pub) return span ? null : date;
	// "only days after the ministry announced …" two days ago: the week after it, as far as it has come.
	return span.last > pub && date.granularity === 'range' ? rangeValue(span.first, pub) : date;
}

export const vagueUnit = (word: string): Vague | null => {
	const w = word.toLowerCase();
	return w === 'hours' ? 'hour' : w === 'days' ? 'day' : w === 'weeks' ? 'week' : null;
};

export const unitOf = (word: string): Unit | undefined => UNITS[word.toLowerCase()];
