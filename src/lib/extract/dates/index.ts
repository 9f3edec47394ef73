/**
 * Date mentions of an article: every rule of the grammar scans the text, the
 * longest non-overlapping matches win, and they are resolved in reading order
 * so that "a year earlier" can lean on the date mentioned before it.
 */
import { utcDay } from '../../domain/days';
import type { DateMention } from '../../domain/types';
import { sentenceAt, type Sentence } from '../sentences';
import type { Resolved } from './calendar';
import { coverage } from '../../domain/timex';
import { ABSOLUTE_RULES } from './rules-absolute';
import { NAMED_RULES } from './rules-named';
import { PERIOD_RULES } from './rules-periods';
import { QUARTER_RULES } from './rules-quarters';
import { REF_RULES } from './rules-refs';
import { RELATIVE_RULES } from './rules-relative';
import { WEEK_RULES } from './rules-week';
import type { Rule } from './rule';
import { tenseAt, tenseCues, type SentenceCues, type Tense } from './tense';
import { EventIndex } from './anchors';

/** Cues of nine-month or full-year figures. */
const YEARLY = /\b(?:nine|six) months\b|\bfirst half\b|\b(?:the|full|fiscal) year\b(?![-\s](?:ago|earlier))/i;
/** Rules that name a quarter outright (not one shifted from another, like "a year earlier"). */
const QUARTER_NAMING = new Set(['quarter', 'the-quarter']);

const RULES: Rule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES, ...QUARTER_RULES, ...PERIOD_RULES, ...REF_RULES, ...WEEK_RULES, ...NAMED_RULES];

interface Candidate {
	start: number;
	end: number;
	rule: Rule;
	groups: Record<string, string | undefined>;
	match: string;
}

/**
 * Publication as a day number. A month-only date ("2018-03") is taken as its
 * middle, which keeps "last month" and "this year" right.
 */
export function publicationDay(published: string | null | undefined): number | null {
	if (!published) return null;
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published);
	if (!m) return null;
	return utcDay(+m[1], +m[2], m[3] ? +m[3] : 15);
}

/** A publication date known only to the month. */
const MONTH_ONLY = /^\d{4}-\d{2}$/;

const sameValue = (a: Resolved, ...others: (Resolved | null)[]) => others.every((o) => o?.value === a.value);

/** All rule matches, longest first; ties go to the earlier rule in the table. */
function candidates(text: string): Candidate[] {
	const out: Candidate[] = [];
	for (const rule of RULES) {
		rule.re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = rule.re.exec(text))) {
			if (m[0].length === 0) {
				rule.re.lastIndex++;
				continue;
			}
			out.push({ start: m.index, end: m.index + m[0].length, rule, groups: m.groups ?? {}, match: m[0] });
		}
	}
	return out;
}

/**
 * Greedy: longest spans first, then leftmost; a span overlapping a chosen one
 * is dropped. Every chosen span is at least as long as the span checked, so
 * if they overlap, the chosen one holds the checked span's first or last
 * character: those two are looked up among the characters chosen spans cover,
 * rather than the span compared with every span chosen before it.
 */
function selectSpans(all: Candidate[]): Candidate[] {
	const sorted = all
		.map((c, i) => ({ c, i }))
		.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.i - b.i);
	const covered = new Set<number>();
	const chosen: Candidate[] = [];
	for (const { c } of sorted) {
		if (covered.has(c.start) || covered.has(c.end - 1)) continue;
		for (let p = c.start; p < c.end; p++) covered.add(p);
		chosen.push(c);
	}
	return chosen.sort((a, b) => a.start - b.start);
}

/**
 * What findDates asks of a mention's sentence, worked out once per sentence:
 * its tense cues, whether it compares nine-month or full-year figures, and
 * whether it or the one before talks of a quarter or period.
 */
interface SentenceFacts {
	cues: SentenceCues;
	yearly: boolean;
	periodNear: boolean;
}

function sentenceFacts(text: string, sentences: Sentence[], si: number): SentenceFacts {
	const s = sentences[si];
	const prev = sentences[si - 1];
	// Nine-month or full-year figures compare years, not quarters; the previous
	// sentence's "For the nine months" still holds unless this one names a quarter.
	const yearly = YEARLY.test(s.text) || (!!prev && YEARLY.test(prev.text) && !/\bquarter\b/i.test(s.text));
	const near = text.slice(sentences[Math.max(0, si - 1)].start, s.end);
	return { cues: tenseCues(s.text), yearly, periodNear: /\b(?:quarter|period)\b/i.test(near) };
}

/** A date named as the one set for something: "March 17 as the date for elections". */
const SET_AS_DATE = /^,?\s+as\s+(?:the|a|its)\s+(?:new\s+)?(?:date|day)\b/i;

export function findDates(text: string, published: string | null, sentences: Sentence[]): DateMention[] {
	const chosen = selectSpans(candidates(text));
	const first = resolveAll(text, published, sentences, chosen, null);
	// Dates anchored to another happening ("three weeks after the referendum") need the article's other dates,
	// which may come later in the text: the first reading files them, a second one resolves what counts from them.
	if (!first.asked) return first.mentions;
	return resolveAll(text, published, sentences, chosen, first.index).mentions;
}

/**
 * One reading of the chosen spans in order. Without `events`, the dates are
 * filed by the words around them (the index returned), and `asked` tells
 * whether any rule wanted a happening's date.
 */
function resolveAll(
	text: string,
	published: string | null,
	sentences: Sentence[],
	chosen: Candidate[],
	events: EventIndex | null
): { mentions: DateMention[]; index: EventIndex; asked: boolean } {
	const pub = publicationDay(published);
	const month = published && MONTH_ONLY.test(published) ? coverage(published) : null;
	const out: DateMention[] = [];
	const index = new EventIndex();
	let asked = false;
	const eventDate = (words: string[]) => {
		asked = true;
		return events?.dateOf(words) ?? null;
	};
	let anchor: Resolved | null = null;
	let anchorSentence = -10;
	let lastDate: Resolved | null = null;
	let lastEnd = 0;
	let lastQuarter: Resolved | null = null;
	// Mentions come in reading order, so the facts of one sentence serve all its mentions in a row.
	let facts: SentenceFacts & { si: number } = { si: -1, cues: [], yearly: false, periodNear: false };
	// The tense of the last calendar date read, and its sentence.
	let told: { si: number; tense: Tense } = { si: -1, tense: 'present' };
	for (const c of chosen) {
		// Trailing sentence punctuation is never part of a date.
		let end = c.end;
		while (end > c.start && /[\s.,]/.test(text[end - 1]) && !/\b[ap]\.m\.$/i.test(text.slice(c.start, end))) end--;
		// A date has letters or digits, so the text has a sentence and the date lies in one.
		const si = sentenceAt(sentences, c.start);
		const s = sentences[si];
		if (facts.si !== si) facts = { si, ...sentenceFacts(text, sentences, si) };
		const own = tenseAt(s.text, c.start - s.start, end - s.start, facts.cues);
		// "agreed on March 17 as the date for elections": a date being set lies ahead, however the setting is told.
		// A date beyond the reach of any verb continues the sentence's list of dates: "… over Arkansas on Thursday
		// night, the Mississippi Valley on Friday and the mid-Atlantic states on Saturday" all look ahead.
		const tense = SET_AS_DATE.test(text.slice(end, end + 24)) ? 'future' : own === 'present' && told.si === si ? told.tense : own;
		const yearly = facts.yearly;
		const reportingQuarter = lastQuarter && !yearly && facts.periodNear ? lastQuarter : null;
		const ctx = { pub, tense, anchor, anchorNear: si - anchorSentence <= 1, anchorHere: si === anchorSentence, lastDate, lastEnd, reportingQuarter, lastQuarter, yearly, text, start: c.start, eventDate };
		const resolved = c.rule.resolve(c.groups, ctx, c.match);
		if (!resolved) continue;
		// Published in a month of unknown day: a date is known only when every day of that month gives the same one
		// ("last year" does; "Monday", "today" and "two days ago" do not).
		if (month && !sameValue(resolved, c.rule.resolve(c.groups, { ...ctx, pub: month.first }, c.match), c.rule.resolve(c.groups, { ...ctx, pub: month.last }, c.match))) continue;
		out.push({ start: c.start, end, text: text.slice(c.start, end), value: resolved.value, granularity: resolved.granularity });
		lastEnd = end;
		if (coverage(resolved.value)) {
			lastDate = resolved;
			told = { si, tense };
		}
		if (!c.rule.derived && coverage(resolved.value)) {
			anchor = resolved;
			anchorSentence = si;
			if (!events) index.add(text, s.start, s.end, c.start, end, resolved);
		}
		// "the latest quarter" names the quarter reported on as much as "the third quarter" does.
		if (resolved.granularity === 'quarter' && QUARTER_NAMING.has(c.rule.name)) lastQuarter = resolved;
	}
	return { mentions: out, index, asked };
}
