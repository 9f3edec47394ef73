/**
 * Intervals that join date mentions: "since March" runs to publication;
 * "between 2010 and 2013" and "from May to July" join two mentions. TIMEX3
 * annotates only the parts ("March", "2010", "2013"; the preposition is a
 * signal and the interval a relation between them), so these intervals are
 * not date mentions of the article: events use them, in place of their parts,
 * as the time a clause covers. "June 15-16" and "July 24-August 9" are two
 * mentions joined here too. Ranges written as one expression with their year
 * ("June 15-16, 2013", "2010-2013") are mentions of their own and come from
 * the grammar. A weekend (`2014-W33-WE`, which a timeline cannot place) gets
 * its Saturday and Sunday.
 */
import { utcDay, ymd } from '../../domain/days';
import type { DateMention } from '../../domain/types';
import { rangeValue } from './calendar';
import { coverage, isoWeekMonday } from '../../domain/timex';
import { fiscalPeriod, fiscalYearEnd } from './fiscal';
import { tenseAt, type Tense } from './tense';
import { publicationDay } from './index';
import { NUMBER_RE, numberValue } from './lexicon';

/** "the fiscal year that ended March 31", "the quarter ended Sept. 30", "for the period that ended Sept. 30" (a quarter's report): the period ending that day, its length in months. */
const PERIOD_ENDED = /^\s*,?\s*(?:that\s+|which\s+)?(?:ended|ending|ends|to|through)\s+$/i;
const PERIOD_MONTHS = (d: DateMention) =>
	/\b(?:fiscal|financial)\s+year$/i.test(d.text) ? 12 : /\bquarter$/i.test(d.text) || (/\bperiod$/i.test(d.text) && d.granularity === 'quarter') ? 3 : 0;
/** "the year ending in March 2014", "the half ended Sept. 30": a period whose end is told, before the month or day. */
const PERIOD_ENDING_BEFORE = /\b(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:(?<unit>year|half|quarter)|(?<n>three|six|nine|twelve|3|6|9|12)[\s-]+months)\s*,?\s*(?:that\s+|which\s+)?(?:ended|ending|ends|to|through)(?:\s+in)?\s+$/i;
const UNIT_MONTHS: Record<string, number> = { year: 12, half: 6, quarter: 3 };
/** A bare weekday's name. */
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** A stretch's start and end told with their verbs: "starts Oct. 1 and runs through Sept. 30", "began Monday and ended Friday". */
const STRETCH_START = /\b(?:starts?|started|starting|begins?|began|beginning|opens?|opened|runs? from|ran from)\s+(?:on\s+|in\s+)?$/i;
const STRETCH_END = /^\s*,?\s*and\s+(?:(?:runs?|ran|lasts?|lasted|continues?|continued|goes|went)\s+(?:through|until|till|to|into)|ends?|ended|closes?|closed)\s+(?:on\s+|in\s+)?$/i;
/** A quarter's or a half's label, which a fiscal year other than the calendar's moves. */
const FISCAL_LABEL = /^\d{4}-[QH][1-4]$/;
/** "later this year", "earlier this month": the part of the unit after (before) publication. */
const PART_OF_UNIT = /^(later|earlier)\s+(?:this|in the)\s+(?:year|month|week)$/i;
/**
 * "within the next ten days", "over the past two weeks": a span counted from
 * publication, which TIMEX3 calls a duration (no date mention) but which
 * still tells when a clause happens. Days, weeks and months only: "the past
 * 20 years" would stretch an event over decades of the timeline.
 */
const SPAN_FROM_NOW = new RegExp(`\\b(?:within|in|over|during|for)\\s+the\\s+(?<rel>next|coming|past|last)\\s+(?<n>${NUMBER_RE})\\s+(?<unit>days|weeks|months)\\b`, 'gi');

/** "for four days from", "for two weeks starting": a stretch that begins on the day after it. */
const LASTING_FROM = new RegExp(`\\bfor\\s+(?<n>${NUMBER_RE})\\s+(?<unit>days?|weeks?)\\s+(?:from|starting(?:\\s+on)?|beginning(?:\\s+on)?)\\s+$`, 'i');

/** The `months` months ending on day `last`, counted back from the day after it: "ended June 30" starts on April 1. */
function monthsEndingOn(last: number, months: number) {
	const [y, m, day] = ymd(last + 1);
	return rangeValue(utcDay(y, m - months, day), last);
}

/** Publication shifted by `n` days, weeks or months (a month's day kept, as far as the month has one). */
function shifted(pub: number, unit: string, n: number): number {
	if (unit === 'days') return pub + n;
	if (unit === 'weeks') return pub + 7 * n;
	const [y, m, d] = ymd(pub);
	return utcDay(y, m + n, d);
}

/** The spans counted from publication in the text (see SPAN_FROM_NOW). */
export function spansFromNow(text: string, pub: number | null): DateMention[] {
	if (pub === null) return [];
	const out: DateMention[] = [];
	for (const m of text.matchAll(SPAN_FROM_NOW)) {
		const n = numberValue(m.groups!.n);
		if (!n) continue;
		const unit = m.groups!.unit.toLowerCase();
		const ahead = /next|coming/i.test(m.groups!.rel);
		const r = ahead ? rangeValue(pub + 1, shifted(pub, unit, n)) : rangeValue(shifted(pub, unit, -n), pub);
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...r });
	}
	return out;
}

export function findRanges(dates: DateMention[], text: string, published: string | null): DateMention[] {
	const pub = publicationDay(published);
	const out: DateMention[] = [];
	// Read only where a quarter or a half is named: most articles name none.
	const fiscalEnd = dates.some((d) => FISCAL_LABEL.test(d.value) || /\b(?:fiscal|financial|budget)\b/i.test(d.text)) || /\b(?:fiscal|financial|budget) year\b/i.test(text) ? fiscalYearEnd(text) : null;
	for (let i = 0; i < dates.length; i++) {
		const d = dates[i];
		const span = coverage(d.value);
		const before = text.slice(Math.max(0, d.start - 10), d.start);
		const next = dates[i + 1];
		const lead = /\b(between|from)\s+$/i.exec(before);
		if (lead && span && next) {
			const gap = text.slice(d.end, next.start);
			const nextSpan = coverage(next.value);
			const joiner = lead[1].toLowerCase() === 'between' ? /^\s+and\s+$/i : /^\s+(?:to|until|till|through|and)\s+$/i;
			if (nextSpan && joiner.test(gap) && nextSpan.last > span.first) {
				const start = d.start - lead[0].length;
				const r = rangeValue(span.first, nextSpan.last);
				out.push({ start, end: next.end, text: text.slice(start, next.end), ...r });
				i++;
				continue;
			}
		}
		// "starts Oct. 1 and runs through Sept. 30, 2026": a stretch told by its two ends.
		if (!lead && span && next && STRETCH_START.test(text.slice(Math.max(0, d.start - 16), d.start)) && STRETCH_END.test(text.slice(d.end, next.start))) {
			const nextSpan = coverage(next.value);
			if (nextSpan && nextSpan.last > span.first) {
				out.push({ start: d.start, end: next.end, text: text.slice(d.start, next.end), ...rangeValue(span.first, nextSpan.last) });
				i++;
				continue;
			}
		}
		// "June 16 and 17", "May 16-22", "July 24-August 9", "on Tuesday and Wednesday": two days of one stretch, one
		// happening over them. "and" joins days a few apart, "to" days of a month, a dash any two a year apart.
		const joined = next && /^(?:\s+(and|to|through)\s+|\s*[-–]\s*)$/.exec(text.slice(d.end, next.start));
		const sameStretch = joined && (!joined[1] || /^\d/.test(next.text) || (WEEKDAY.test(d.text) && WEEKDAY.test(next.text)));
		if (!lead && span && sameStretch && d.granularity === 'day' && next.granularity === 'day') {
			const nextSpan = coverage(next.value)!;
			if (nextSpan.first > span.first && nextSpan.first - span.first <= (joined[1] === 'and' ? 6 : joined[1] ? 31 : 366)) {
				out.push({ start: d.start, end: next.end, text: text.slice(d.start, next.end), ...rangeValue(span.first, nextSpan.last) });
				i++;
				continue;
			}
		}
		// "July-September", "the January to June period": two months named as one period, without "from"; the first
		// in the second's year, or the year before ("November-January").
		if (!lead && span && next && d.granularity === 'month' && next.granularity === 'month') {
			const gap = text.slice(d.end, next.start);
			if (/^[-–]$/.test(gap) || (/^\s*(?:to|through|-|–)\s*$/.test(gap) && /^\s+period\b/i.test(text.slice(next.end, next.end + 8)))) {
				const to = coverage(next.value)!;
				const [year, toMonth] = ymd(to.first);
				const fromMonth = ymd(span.first)[1];
				out.push({ start: d.start, end: next.end, text: text.slice(d.start, next.end), ...rangeValue(utcDay(fromMonth > toMonth ? year - 1 : year, fromMonth), to.last) });
				i++;
				continue;
			}
		}
		// "the year ending in March 2014", "the quarter ended Sept. 30": the months up to the end of that month or day.
		const ending = span && (d.granularity === 'month' || d.granularity === 'day') ? PERIOD_ENDING_BEFORE.exec(text.slice(Math.max(0, d.start - 50), d.start)) : null;
		if (ending) {
			const start = d.start - ending[0].length;
			const { unit, n } = ending.groups!;
			out.push({ start, end: d.end, text: text.slice(start, d.end), ...monthsEndingOn(span!.last, unit ? UNIT_MONTHS[unit.toLowerCase()] : numberValue(n!)!) });
			continue;
		}
		const months = next && span ? PERIOD_MONTHS(d) : 0;
		if (months && next.granularity === 'day' && PERIOD_ENDED.test(text.slice(d.end, next.start))) {
			out.push({ start: d.start, end: next.end, text: text.slice(d.start, next.end), ...monthsEndingOn(coverage(next.value)!.first, months) });
			i++;
			continue;
		}
		// "its fiscal second quarter", told by a company whose year ends in May: September to November.
		const fiscal = fiscalEnd && pub !== null && fiscalPeriod(d, text, fiscalEnd, pub, tenseOf(text, d));
		if (fiscal) {
			out.push({ start: d.start, end: d.end, text: d.text, ...fiscal });
			continue;
		}
		const half = /^(\d{4})-H([12])$/.exec(d.value);
		if (half) {
			const first = utcDay(+half[1], half[2] === '1' ? 1 : 7);
			out.push({ start: d.start, end: d.end, text: d.text, ...rangeValue(first, utcDay(+half[1], half[2] === '1' ? 7 : 13) - 1) });
			continue;
		}
		const part = PART_OF_UNIT.exec(d.text);
		if (part && span && pub !== null && span.first <= pub && pub <= span.last) {
			const r = part[1].toLowerCase() === 'later' ? (pub < span.last ? rangeValue(pub + 1, span.last) : null) : pub > span.first ? rangeValue(span.first, pub - 1) : null;
			if (r) out.push({ start: d.start, end: d.end, text: d.text, ...r });
			continue;
		}
		const weekend = /^(\d{4})-W(\d{2})-WE$/.exec(d.value);
		if (weekend) {
			const saturday = isoWeekMonday(+weekend[1], +weekend[2]) + 5;
			out.push({ start: d.start, end: d.end, text: d.text, ...rangeValue(saturday, saturday + 1) });
			continue;
		}
		// "for four days from April 11": that many days from the day.
		const lasting = d.granularity === 'day' && span ? LASTING_FROM.exec(text.slice(Math.max(0, d.start - 40), d.start)) : null;
		const days = lasting ? (numberValue(lasting.groups!.n) ?? 0) * (/^weeks?$/i.test(lasting.groups!.unit) ? 7 : 1) : 0;
		if (lasting && days > 1 && days <= 366) {
			const start = d.start - lasting[0].length;
			out.push({ start, end: d.end, text: text.slice(start, d.end), ...rangeValue(span!.first, span!.first + days - 1) });
			continue;
		}
		const since = /\bsince\s+$/i.exec(before);
		if (since && span && pub !== null && pub > span.first && d.granularity !== 'range') {
			const start = d.start - since[0].length;
			const r = rangeValue(span.first, pub);
			out.push({ start, end: d.end, text: text.slice(start, d.end), ...r });
			continue;
		}
	}
	// Spans from now lie among no date mention (they are none), so they are found in the text.
	out.push(...spansFromNow(text, pub));
	return out;
}

/**
 * The tense of the clause around a mention, for the rare mention whose range depends on it (a fiscal quarter):
 * read after the verb that reports it, whose past dates the report ("said third-quarter profit would fall").
 */
function tenseOf(text: string, d: DateMention): Tense {
	let from = Math.max(text.lastIndexOf('. ', d.start) + 1, text.lastIndexOf('\n', d.start) + 1, d.start - 300);
	const reported = [...text.slice(from, d.start).matchAll(/\b(?:said|says|told|announced|reported|added|stated)\b/g)].pop();
	if (reported) from += reported.index + reported[0].length;
	const to = text.indexOf('. ', d.end);
	const sentence = text.slice(from, to < 0 ? Math.min(text.length, d.end + 300) : Math.min(to, d.end + 300));
	return tenseAt(sentence, d.start - from, d.end - from);
}

