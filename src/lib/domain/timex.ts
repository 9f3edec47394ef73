import { parseDay, utcDay, weekday } from './days';
import type { Granularity } from './types';

/** First and last day (inclusive, UTC day numbers) a date covers. */
export interface DaySpan {
	first: number;
	last: number;
}

const SEASON_MONTHS = { SP: 3, SU: 6, FA: 9, WI: 12 } as const;

/**
 * The calendar days a TIMEX3-style value covers: a month covers the whole
 * month, never just its 1st. Returns null for values that name no definite
 * days (`PRESENT_REF`, `XXXX-10`) or are malformed.
 */
export function coverage(value: string): DaySpan | null {
	if (value.includes('/')) {
		const [a, b, ...rest] = value.split('/').map(coverage);
		return a && b && rest.length === 0 && a.first <= b.last ? { first: a.first, last: b.last } : null;
	}
	let m: RegExpExecArray | null;
	if ((m = /^\d{4}-\d{2}-\d{2}$/.exec(value))) {
		const d = parseDay(value);
		return d === null ? null : { first: d, last: d };
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
		const [y, mo] = [+m[1], +m[2]];
		return mo >= 1 && mo <= 12 ? { first: utcDay(y, mo), last: utcDay(y, mo + 1) - 1 } : null;
	}
	if ((m = /^(\d{4})$/.exec(value))) return { first: utcDay(+m[1]), last: utcDay(+m[1] + 1) - 1 };
	if ((m = /^(\d{3})X?$/.exec(value))) {
		const y = +m[1] * 10;
		return { first: utcDay(y), last: utcDay(y + 10) - 1 };
	}
	if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
		const q = +m[2];
		return { first: utcDay(+m[1], 3 * q - 2), last: utcDay(+m[1], 3 * q + 1) - 1 };
	}
	if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
		const week = +m[2];
		if (week < 1 || week > 53) return null;
		const monday = isoWeekMonday(+m[1], week);
		return { first: monday, last: monday + 6 };
	}
	if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
		const month = SEASON_MONTHS[m[2] as keyof typeof SEASON_MONTHS];
		return { first: utcDay(+m[1], month), last: utcDay(+m[1], month + 3) - 1 };
	}
	return null;
}

/** Monday of ISO week `week` of `year` (week 1 holds the year's first Thursday). */
export function isoWeekMonday(year: number, week: number): number {
	const jan4 = utcDay(year, 1, 4);
	return jan4 - ((weekday(jan4) + 6) % 7) + (week - 1) * 7;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(day: number): [number, number] {
	const thursday = day - ((weekday(day) + 6) % 7) + 3;
	const year = new Date(thursday * 86_400_000).getUTCFullYear();
	return [year, Math.floor((thursday - utcDay(year)) / 7) + 1];
}

/** The granularity a value's shape implies. */
export function granularityOf(value: string): Granularity {
	if (value.includes('/')) return 'range';
	if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
	if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
	if (/^\d{4}-\d{2}$/.test(value)) return 'month';
	if (/^\d{4}-Q[1-4]$/.test(value)) return 'quarter';
	if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
	if (/^\d{4}$/.test(value)) return 'year';
	if (/^\d{3}X?$/.test(value)) return 'decade';
	return 'unknown';
}
