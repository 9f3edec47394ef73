import { utcFormat } from 'd3-time-format';
import { dayToDate, ymd } from './days';
import { coverage } from './timex';
import type { Granularity } from './types';

const fullDay = utcFormat('%-d %B %Y');
const monthYear = utcFormat('%B %Y');
const shortDay = utcFormat('%-d %b %Y');
const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };

/** An article's publication date, a day or only a month (`2016-03`, as some sources give it): "18 August 2014", "March 2016". */
export const formatPublished = (published: string): string => formatEventDate(published, /^\d{4}-\d{2}$/.test(published) ? 'month' : 'day');

/** How a reader sees an event's date: "18 August 2014", "July 2014", "Q3 2014", "the 1990s". */
export function formatEventDate(value: string, granularity: Granularity): string {
	const span = coverage(value);
	if (!span) return value;
	const first = dayToDate(span.first);
	const year = first.getUTCFullYear();
	switch (granularity) {
		case 'day':
			return fullDay(first);
		case 'month':
			return monthYear(first);
		case 'year':
			return String(year);
		case 'quarter':
			return `Q${value.slice(-1)} ${year}`;
		case 'season':
			return `${SEASONS[value.slice(-2)] ?? value} ${year}`;
		case 'decade':
			return `the ${year}s`;
		case 'week':
			return `week of ${shortDay(first)}`;
		default:
			return formatDaySpan(span.first, span.last);
	}
}

/**
 * How a reader sees a span of days before its event's own date is known (the
 * compact index has days, not granularity): "18 August 2014", "August 2014",
 * "2014", else "11 Aug 2014 – 17 Aug 2014".
 */
export function formatDaySpan(first: number, last: number): string {
	if (first === last) return fullDay(dayToDate(first));
	const [y, m, d] = ymd(first);
	const [endYear, endMonth] = ymd(last);
	const [, , nextDate] = ymd(last + 1);
	if (d === 1 && nextDate === 1 && y === endYear) {
		if (m === endMonth) return monthYear(dayToDate(first));
		if (m === 1 && endMonth === 12) return String(y);
	}
	return `${shortDay(dayToDate(first))} – ${shortDay(dayToDate(last))}`;
}

/** "12,345": one formatter for every count on screen (`toLocaleString` builds a new one per call). */
export const formatCount: (n: number) => string = new Intl.NumberFormat('en').format;
