/**
 * Weeks named by what they hold. "the week of March 6" is the ISO week of
 * that day, "the last week of February" that of the 26th (the 29th less three). "the weekend", "last weekend", "this weekend": TIMEX3 writes a weekend as
 * its ISO week plus "-WE" (`1990-W32-WE`). Which weekend follows the tense:
 * news reports look back to the one just past ("said over the weekend"),
 * plans and "ahead of the weekend" look forward to the next.
 */
import { utcDay, weekday } from '../../domain/days';
import { isoWeek } from '../../domain/timex';
import { weekValue, type Resolved } from './calendar';
import { MONTH_RE, monthNumber } from './lexicon';
import { dayUnderDiscussion, yearOfDay, yearOfMonth } from './resolve';
import { cap, rule, type Rule } from './rule';

const SATURDAY = 6;

/** The weekend value of the week holding `saturday`. */
export function weekendValue(saturday: number): Resolved {
	const [y, w] = isoWeek(saturday);
	return { value: `${y}-W${String(w).padStart(2, '0')}-WE`, granularity: 'week' };
}

/** Saturday of the weekend just past (publication on a weekend: that weekend) or of the next one. */
export function weekendSaturday(pub: number, direction: 'past' | 'future'): number {
	const wd = weekday(pub);
	if (direction === 'past') return wd === 0 ? pub - 1 : pub - ((wd - SATURDAY + 7) % 7);
	return wd === 0 ? pub + 6 : pub + ((SATURDAY - wd + 7) % 7);
}

/** Which day of its month an ordinal week holds ("the third week of May": the 18th); the last counts from the end. */
const WEEK_DAY: Record<string, number> = { first: 4, second: 11, third: 18, fourth: 25, last: -3, final: -3 };

export const WEEK_RULES: Rule[] = [
	// "the last week of February", "the first week of March 2008": the ISO week holding that day (not "last week").
	rule('week-of-month', `\\b(?:${cap('the')}\\s+)?(?<nth>first|second|third|fourth|last|final)\\s+week\\s+of\\s+(?<mon>${MONTH_RE})(?:,?\\s+(?<y>(?:1[0-9]|20)\\d\\d)\\b)?`, 'g', (g, ctx) => {
		const month = monthNumber(g.mon!);
		const year = g.y ? +g.y : ctx.pub !== null && month ? yearOfMonth(month, ctx.pub, ctx.tense) : null;
		if (!month || year === null) return null;
		const nth = WEEK_DAY[g.nth!];
		return weekValue(nth > 0 ? utcDay(year, month, nth) : utcDay(year, month + 1, 1) - 1 + nth);
	}),
	rule('week-of', `\\b${cap('the')} week of (?<mon>${MONTH_RE})\\s+(?<d>[0-3]?\\d)\\b(?:,?\\s+(?<y>(?:1[0-9]|20)\\d\\d)\\b)?`, 'g', (g, ctx) => {
		const month = monthNumber(g.mon!);
		const d = +g.d!;
		if (!month || d < 1 || d > 31) return null;
		const year = g.y ? +g.y : ctx.pub !== null ? yearOfDay(month, d, ctx.pub, ctx.tense) : null;
		return year === null ? null : weekValue(utcDay(year, month, d));
	}),
	// A determiner is required: "a weekend of accusations" is no particular weekend.
	rule('weekend', `\\b(?<rel>${cap('last|this|next|this past|this coming|the previous|the following|the')})\\s+weekend\\b`, 'g', (g, ctx) => {
		if (ctx.pub === null) return null;
		const rel = g.rel!.toLowerCase();
		// "the previous weekend", "the following weekend": the one before or after the day just told (else publication).
		if (rel === 'the previous' || rel === 'the following') {
			const told = dayUnderDiscussion(ctx.anchor, ctx.pub);
			const inWeekend = weekday(told) % 6 === 0;
			const saturday = rel === 'the previous' ? weekendSaturday(told, 'past') - (inWeekend ? 7 : 0) : weekendSaturday(told, 'future') + (inWeekend ? 7 : 0);
			return weekendValue(saturday);
		}
		const lead = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
		let direction: 'past' | 'future';
		if (rel === 'last' || rel === 'this past') direction = 'past';
		else if (rel === 'next' || rel === 'this coming' || /\b(?:ahead of|before|until|by)\s+$/i.test(lead)) direction = 'future';
		else direction = ctx.tense === 'future' ? 'future' : 'past';
		// "this weekend" told in the present is the week's own: "the forecast is changing this weekend", on a Friday.
		if (rel === 'this' && ctx.tense === 'present') return weekendValue(weekday(ctx.pub) === 0 ? ctx.pub - 1 : weekendSaturday(ctx.pub, 'future'));
		let saturday = weekendSaturday(ctx.pub, direction);
		// "last weekend" said on a weekend is the one before it.
		if (rel === 'last' && weekday(ctx.pub) % 6 === 0) saturday -= 7;
		return weekendValue(saturday);
	})
];
