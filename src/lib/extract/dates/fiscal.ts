/**
 * A company's or a government's fiscal year, as its article tells it: "the
 * fiscal year that ends May 31", "The new fiscal year starts Oct. 1", "the
 * year to March", or a quarter's number beside the day it ended ("its fiscal
 * second-quarter profit … in the three months that ended Nov. 30").
 *
 * TIMEX3 names a fiscal quarter by its label ("2006-Q2"), and so do the date
 * mentions; an event on a timeline needs the quarter's days, and FedEx's
 * second quarter of 2006 ran from September to November. Ranges (ranges.ts)
 * give events those days in place of the label.
 */
import { utcDay, ymd } from '../../domain/days';
import type { DateMention } from '../../domain/types';
import { rangeValue, type Resolved } from './calendar';
import { MONTH_RE, monthNumber } from './lexicon';
import type { Tense } from './tense';

const YEAR_ENDS = new RegExp(
	`\\b(?:(?:fiscal|financial|business)\\s+)?year,?\\s+(?:that\\s+|which\\s+)?(?:ends|ended|ending|closes|closed|runs\\s+(?:through|to)|to)\\s+(?:on\\s+|in\\s+)?(?<mon>${MONTH_RE})`,
	'i'
);
const YEAR_STARTS = new RegExp(`\\b(?:fiscal|financial|budget)\\s+year\\s+(?:starts|started|begins|began|starting|beginning|runs\\s+from)\\s+(?:on\\s+|in\\s+)?(?<mon>${MONTH_RE})`, 'i');
/** "the three months that ended Nov. 30", "the quarter ended Sept. 30": a reported quarter's last month. */
const QUARTER_ENDED = new RegExp(`\\b(?:three|3)[\\s-]+months|\\bquarter,?\\s+(?:that\\s+|which\\s+)?(?:ended|ending|to)\\s+(?<mon>${MONTH_RE})`, 'gi');
const QUARTER_ENDED_MONTH = new RegExp(`^,?\\s+(?:that\\s+|which\\s+)?(?:ended|ending|to)\\s+(?<mon>${MONTH_RE})`, 'i');
/** The quarter's number, written before the day it ended in the same sentence. */
const QUARTER_NUMBER = /\b(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter|(?:fiscal\s+)?Q(?<q>[1-4]))\b/gi;
/** Words before a two-year span that make it one fiscal year. */
const FISCAL_BEFORE = /\b(?:(?:fiscal|financial|budget)\s+year|FY)\s*$/i;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** The month (1–12) the article's fiscal year ends in, when it says, and it is not December; else null. */
export function fiscalYearEnd(text: string): number | null {
	const ends = YEAR_ENDS.exec(text);
	if (ends) return notDecember(monthNumber(ends.groups!.mon));
	const starts = YEAR_STARTS.exec(text);
	if (starts) return notDecember(((monthNumber(starts.groups!.mon) + 10) % 12) + 1);
	for (const m of text.matchAll(QUARTER_ENDED)) {
		const month = m.groups?.mon ?? QUARTER_ENDED_MONTH.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.groups!.mon;
		if (!month) continue;
		const n = quarterBefore(text.slice(Math.max(0, m.index - 250), m.index));
		// The n-th quarter ends 3·(4 − n) months before the year does.
		if (n) return notDecember(((monthNumber(month) + 3 * (4 - n) - 1) % 12) + 1);
	}
	return null;
}

const notDecember = (month: number) => (month >= 1 && month < 12 ? month : null);

/** The number of the last quarter named in `before` (a sentence or two: the report names its quarter first), or 0. */
function quarterBefore(before: string): number {
	let n = 0;
	for (const m of before.matchAll(QUARTER_NUMBER)) n = m.groups!.q ? +m.groups!.q : ORDINALS[m.groups!.ord!.toLowerCase()];
	return n;
}

/**
 * The days of the fiscal quarter or half a label names ("2006-Q2", "2013-H1") in a year ending in month `end`:
 * told in the future, the first of that number to end after publication ("third-quarter profit would …"); else
 * the last to have ended by then (a report comes after its quarter). Null for any other value, and for a label
 * whose text writes its year (its year's own quarter is meant).
 */
export function fiscalPeriod(mention: DateMention, text: string, end: number, pub: number, tense: Tense): Resolved | null {
	// "fiscal year 2025-26", "FY 2025/26": the year that ends in the second.
	const span = /^(\d{4})[-–/](\d{2}|\d{4})$/.exec(mention.text);
	if (span && FISCAL_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start)) && +span[2].slice(-2) === (+span[1] + 1) % 100)
		return rangeValue(utcDay(+span[1], end + 1), utcDay(+span[1] + 1, end + 1) - 1);
	// "the fiscal year", "this financial year": the one under way, or told in the past the last one ended; not when
	// its year follows ("the fiscal year 2025-26").
	const year = /\b(?:fiscal|financial|budget)\s+year$/i.test(mention.text) && /^\d{4}$/.test(mention.value) && !/^\s*\d/.test(text.slice(mention.end, mention.end + 3));
	const label = /^\d{4}-([QH])([1-4])$/.exec(mention.value);
	if (!year && (!label || /\d\d/.test(mention.text))) return null;
	// The n-th of the year's periods of this many months.
	const [months, n] = label ? [label[1] === 'Q' ? 3 : 6, +label[2]] : [12, 1];
	// The fiscal year ending in `end` of year Y starts the month after `end` of year Y − 1.
	const periodIn = (y: number) => ({ first: utcDay(y - 1, end + 1 + months * (n - 1)), last: utcDay(y - 1, end + 1 + months * n) - 1 });
	const py = ymd(pub)[0];
	const periods = [py - 1, py, py + 1, py + 2].map(periodIn);
	const chosen =
		tense === 'future' || (year && tense === 'present') ? periods.find((p) => p.last > pub) : periods.findLast((p) => p.last <= pub);
	return chosen ? rangeValue(chosen.first, chosen.last) : null;
}
