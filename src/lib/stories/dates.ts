import type { DaySpan } from '../domain/timex';

/**
 * How a mention's days stand to a story's: the same days, one containing the
 * other (a month mention of a day-precise story, or the reverse), or neither.
 * Dates that merely overlap or lie apart never tell one happening.
 */
export type DateRelation = 'same' | 'contains' | 'within' | 'next' | 'apart';

export function dateRelation(mention: DaySpan, story: DaySpan): DateRelation {
	if (mention.first === story.first && mention.last === story.last) return 'same';
	if (mention.first <= story.first && story.last <= mention.last) return 'contains';
	if (story.first <= mention.first && mention.last <= story.last) return 'within';
	// Two single days side by side: a report dated by another time zone, or the night that ran over midnight.
	if (mention.first === mention.last && story.first === story.last && Math.abs(mention.first - story.first) === 1) return 'next';
	return 'apart';
}

/** Days a span covers. */
export const width = (span: DaySpan): number => span.last - span.first + 1;

/**
 * How many times coarser the wider of two related spans is than the narrower
 * (1 for the same days, ~30 for a month against a day): the more a date leaves
 * open, the more the words must agree.
 */
export function coarseness(a: DaySpan, b: DaySpan): number {
	const [wa, wb] = [width(a), width(b)];
	return Math.max(wa, wb) / Math.min(wa, wb);
}
