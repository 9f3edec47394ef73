/**
 * TIMEX3 values built from calendar arithmetic on UTC day numbers. Every
 * relative expression ("last week", "two months ago") ends up here, so the
 * shape of a value (and so its granularity) is decided in one place.
 */
import { formatDay, utcDay, ymd } from '../../domain/days';
import { isoWeek, isoWeekMonday } from '../../domain/timex';
import type { Granularity } from '../../domain/types';

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

export interface Resolved {
	value: string;
	granularity: Granularity;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const dayValue = (day: number): Resolved => ({ value: formatDay(day), granularity: 'day' });
export const monthValue = (y: number, m: number): Resolved => {
	// Normalise overflowing months (13 → January next year) so callers can add freely.
	const [yy, mm] = ymd(utcDay(y, m, 1));
	return { value: `${yy}-${pad(mm)}`, granularity: 'month' };
};
export const yearValue = (y: number): Resolved => ({ value: String(y).padStart(4, '0'), granularity: 'year' });
export const decadeValue = (y: number): Resolved => ({ value: String(Math.floor(y / 10)), granularity: 'decade' });
/** The century of the hundreds written ("18" for the 1800s, the 19th century): TIMEX3's two digits. */
export const centuryValue = (hundreds: number): Resolved => ({ value: String(hundreds).padStart(2, '0'), granularity: 'unknown' });
export const quarterValue = (y: number, q: number): Resolved => {
	const yy = y + Math.floor((q - 1) / 4);
	const qq = ((((q - 1) % 4) + 4) % 4) + 1;
	return { value: `${yy}-Q${qq}`, granularity: 'quarter' };
};
export const weekValue = (day: number): Resolved => {
	const [y, w] = isoWeek(day);
	return { value: `${y}-W${pad(w)}`, granularity: 'week' };
};
export const seasonValue = (y: number, s: Season): Resolved => ({ value: `${y}-${s}`, granularity: 'season' });
export const rangeValue = (first: number, last: number): Resolved => ({
	value: `${formatDay(first)}/${formatDay(last)}`,
	granularity: 'range'
});
export const refValue = (ref: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'): Resolved => ({ value: ref, granularity: 'unknown' });

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** The month a season starts in (meteorological seasons, as timex.coverage uses). */
export const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const quarterOf = (month: number) => Math.ceil(month / 3);

/** The value of the unit containing `day`, shifted by `n` units. */
export function shiftedUnit(day: number, unit: Unit, n: number): Resolved {
	const [y, m] = ymd(day);
	switch (unit) {
		case 'day':
			return dayValue(day + n);
		case 'week':
			return weekValue(day + 7 * n);
		case 'month':
			return monthValue(y, m + n);
		case 'quarter':
			return quarterValue(y, quarterOf(m) + n);
		case 'year':
			return yearValue(y + n);
		case 'decade':
			return decadeValue(y + 10 * n);
	}
}

/**
 * A representative day of a value (its first day) plus its unit, so anchored
 * expressions ("a year earlier") can shift from a previous mention.
 */
export function parseAnchor(value: string): { day: number; unit: Unit } | null {
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return { day: utcDay(+m[1], +m[2], +m[3]), unit: 'day' };
	if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
		// Thursday: the day that surely lies in the week's ISO year.
		return { day: isoWeekMonday(+m[1], +m[2]) + 3, unit: 'week' };
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { day: utcDay(+m[1], +m[2], 1), unit: 'month' };
	if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { day: utcDay(+m[1], 3 * +m[2] - 2, 1), unit: 'quarter' };
	if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return { day: utcDay(+m[1], SEASON_START[m[2] as Season], 1), unit: 'month' };
	if ((m = /^(\d{4})$/.exec(value))) return { day: utcDay(+m[1], 1, 1), unit: 'year' };
	if ((m = /^(\d{3})$/.exec(value))) return { day: utcDay(+m[1] * 10, 1, 1), unit: 'decade' };
	if ((m = /^(\d{4}-\d{2}-\d{2})\//.exec(value))) return parseAnchor(m[1]);
	return null;
}
