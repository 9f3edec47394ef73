/**
 * Calendar days as UTC day numbers (days since 1970-01-01).
 * Every date in Dateline is a calendar day in UTC: local time never enters,
 * so a link made in Tokyo shows the same days in Los Angeles.
 */

const MS_PER_DAY = 86_400_000;

/** Day number of a UTC calendar date; month is 1-based and may overflow (month 13 = January next year). */
export function utcDay(year: number, month = 1, day = 1): number {
	return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO date `YYYY-MM-DD`, or null if it is malformed or impossible (2014-02-30). */
export function parseDay(iso: string): number | null {
	const m = ISO_DAY.exec(iso);
	if (!m) return null;
	const [y, mo, d] = [+m[1], +m[2], +m[3]];
	const n = utcDay(y, mo, d);
	const back = new Date(n * MS_PER_DAY);
	return back.getUTCFullYear() === y && back.getUTCMonth() + 1 === mo && back.getUTCDate() === d ? n : null;
}

/** ISO date `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC `Date` at midnight starting a day, for D3 time scales. */
export function dayToDate(day: number): Date {
	return new Date(day * MS_PER_DAY);
}

/** The day containing a `Date`, read in UTC. */
export function dateToDay(date: Date): number {
	return Math.floor(date.getTime() / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
	return (((day + 4) % 7) + 7) % 7;
}

/** Year, 1-based month and day of month of a day number. */
export function ymd(day: number): [number, number, number] {
	const d = new Date(day * MS_PER_DAY);
	return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
