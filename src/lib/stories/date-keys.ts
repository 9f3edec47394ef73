import { utcDay, ymd } from '../domain/days';
import type { DaySpan } from '../domain/timex';
import { width } from './dates';

/**
 * The date windows a story is filed under, and those a mention looks up, so
 * that a mention meets the stories of its days, the coarser stories that
 * contain it and the finer ones it contains:
 *
 *   filed under      looked up
 *   day   d, m       d, m, y     (its day, the month stories, the year stories)
 *   month m          m, y        (month and day stories of the month, the year stories)
 *   year  y          y, m × 12   (year stories, and the day and month stories of each month)
 *
 * A day story is not filed under its year: a year mention finds it through
 * its twelve months, which spares a posting for every day-precise mention.
 * Spans wider than two years are filed and looked up nowhere: too vague to
 * join anything. Keys are numbers (cheaper to hash than strings, and the index
 * makes millions): a day is its day number, months and years are counted from
 * offsets that no day number of the years 1000–9999 reaches.
 */
export function fileKeys(span: DaySpan): number[] {
	const days = width(span);
	if (days === 1) return [dayKey(span.first), ...monthKeys(span)];
	if (days <= 62) return monthKeys(span);
	return days <= 731 ? yearKeys(span) : [];
}

export function lookupKeys(span: DaySpan): number[] {
	const days = width(span);
	if (days === 1) return [dayKey(span.first), ...monthKeys(span), ...yearKeys(span)];
	if (days <= 62) return [...monthKeys(span), ...yearKeys(span)];
	if (days > 731) return [];
	const [y0] = ymd(span.first);
	const [y1] = ymd(span.last);
	return [...yearKeys(span), ...monthKeys({ first: utcDay(y0, 1, 1), last: utcDay(y1, 12, 31) })];
}

/** The months a span touches. */
export function monthKeys(span: DaySpan): number[] {
	const keys: number[] = [];
	const [y0, m0] = ymd(span.first);
	const [y1, m1] = ymd(span.last);
	for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, (m = 1)) : m++) keys.push(MONTHS + y * 12 + m);
	return keys;
}

function yearKeys(span: DaySpan): number[] {
	const keys: number[] = [];
	for (let y = ymd(span.first)[0]; y <= ymd(span.last)[0]; y++) keys.push(YEARS + y);
	return keys;
}

/** A single day's key (also for the days either side of a mention's). */
export const dayKey = (day: number): number => day - FIRST;

const FIRST = utcDay(1000);
const MONTHS = utcDay(10000) - FIRST;
const YEARS = MONTHS + 10000 * 12 + 13;

/** The window a key stands for: 0 a day, 1 a month, 2 a year. */
export const keyWindow = (key: number): 0 | 1 | 2 => (key < MONTHS ? 0 : key < YEARS ? 1 : 2);
