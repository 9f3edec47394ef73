import { ymd } from '../domain/days';
import type { DaySpan } from '../domain/timex';
import { width } from './dates';

/**
 * The date windows a span is filed under, from its own precision up: a day
 * under its day, its month and its year; a month under its month(s) and
 * year(s); a year under its year. A mention looks up the same keys, so it
 * meets the stories of its day, the coarser stories that contain it and (from
 * its month or year key) the finer stories it contains. Spans wider than two
 * years are filed nowhere: they are too vague to join anything.
 */
export function dateKeys(span: DaySpan): string[] {
	const days = width(span);
	if (days > 731) return [];
	const keys: string[] = [];
	if (days === 1) keys.push(`d${span.first}`);
	const [y0, m0] = ymd(span.first);
	const [y1, m1] = ymd(span.last);
	if (days <= 62) for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, (m = 1)) : m++) keys.push(`m${y}-${m}`);
	for (let y = y0; y <= y1; y++) keys.push(`y${y}`);
	return keys;
}
