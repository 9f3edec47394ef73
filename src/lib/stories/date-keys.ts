import { utcDay, ymd } from '../domain/days';
import type { DaySpan } from '../domain/timex';
import { width } from './dates';

/**
 * The date windows a span is filed under, from its own precision up: a day
 * under its day, its month and its year; a month under its month(s) and
 * year(s); a year under its year. A mention looks up the same keys, so it
 * meets the stories of its day, the coarser stories that contain it and (from
 * its month or year key) the finer stories it contains. Spans wider than two
 * years are filed nowhere: they are too vague to join anything.
 *
 * Keys are numbers (cheaper to hash than strings, and the index makes
 * millions): a day is its day number, a month and a year are counted from
 * offsets that no day number of the years 1000–9999 reaches.
 */
export function dateKeys(span: DaySpan): number[] {
	const days = width(span);
	if (days > 731) return [];
	const keys: number[] = [];
	if (days === 1) keys.push(dayKey(span.first));
	const [y0, m0] = ymd(span.first);
	const [y1, m1] = ymd(span.last);
	if (days <= 62) for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, (m = 1)) : m++) keys.push(MONTHS + y * 12 + m);
	for (let y = y0; y <= y1; y++) keys.push(YEARS + y);
	return keys;
}

/** A single day's key (also for the days either side of a mention's). */
export const dayKey = (day: number): number => day - FIRST;

const FIRST = utcDay(1000);
const MONTHS = utcDay(10000) - FIRST;
const YEARS = MONTHS + 10000 * 12 + 13;
/** Keys stay below this, so a key and a token number pack into one safe integer. */
export const DATE_KEYS = YEARS + 10000;
