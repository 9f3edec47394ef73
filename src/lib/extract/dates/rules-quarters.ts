/**
 * Quarters and the comparisons of earnings reports: "the third quarter",
 * "the fiscal second quarter", "the latest quarter", "the year-ago period",
 * "the same period last year", "the 1988 quarter". In a report on a quarter,
 * the year-ago figures are that quarter a year before; in nine-month or
 * full-year figures they are the year before.
 */
import { utcDay, ymd } from '../../domain/days';
import { quarterValue, shiftedUnit, yearValue, type Resolved } from './calendar';
import { ORDINALS } from './lexicon';
import { rule, type Rule, type RuleContext } from './rule';

const Y = '(?<y>(?:1[0-9]|20)\\d\\d)';

/** The quarter being reported on: the one the neighbourhood compares, else the last one named, else the last completed. */
export function reportedQuarter(ctx: RuleContext): Resolved | null {
	if (ctx.reportingQuarter) return ctx.reportingQuarter;
	if (ctx.lastQuarter) return ctx.lastQuarter;
	return ctx.pub === null ? null : shiftedUnit(ctx.pub, 'quarter', -1);
}

/** `1989-Q3` shifted by whole quarters. */
export function shiftQuarter(q: Resolved, n: number): Resolved {
	const [y, k] = q.value.split('-Q').map(Number);
	return quarterValue(y, k + n);
}

/** Whether a quarter is over by `day`. */
function endedBy(q: Resolved, day: number): boolean {
	const next = shiftQuarter(q, 1);
	const [y, k] = next.value.split('-Q').map(Number);
	return utcDay(y, 3 * k - 2, 1) <= day;
}

/** The year before the period reported on: the reporting quarter's year, else publication's. */
function yearBefore(ctx: RuleContext): Resolved | null {
	const q = ctx.reportingQuarter ?? ctx.lastQuarter;
	if (q) return yearValue(+q.value.slice(0, 4) - 1);
	return ctx.pub === null ? null : yearValue(ymd(ctx.pub)[0] - 1);
}

/**
 * "a year earlier" / "last year" in an earnings report: the reported quarter
 * a year before when the neighbourhood compares quarters, the year before in
 * nine-month or full-year figures; null when it is no comparison of periods.
 */
export function yearEarlierPeriod(ctx: RuleContext): Resolved | null {
	if (ctx.yearly) return yearBefore(ctx);
	return ctx.reportingQuarter ? shiftQuarter(ctx.reportingQuarter, -4) : null;
}

const RULES: Rule[] = [
	rule('quarter', `\\b(?:(?:the|its|this year's|last year's|next year's|${Y}(?:'s)?)\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter(?!ly)(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<y2>(?:1[0-9]|20)\\d\\d)|(?<rel>this|last|next|the) year))?`, 'gi', (g, ctx, match) => {
		const q = ORDINALS[g.ord!.toLowerCase()];
		let year: number | null = g.y ? +g.y : g.y2 ? +g.y2 : null;
		if (year === null) {
			if (ctx.pub === null) return null;
			const shift = /last year|last year's/i.test(match) ? -1 : /next year/i.test(match) ? 1 : 0;
			year = ymd(ctx.pub)[0] + shift;
		}
		return quarterValue(year, q);
	}),
	rule('year-period', `\\b(?:the|its)\\s+${Y}\\s+(?:quarter|period)\\b`, 'gi', (g, ctx, match) => {
		// "the 1988 period" of nine-month figures is the year; of a quarterly report, that quarter in 1988.
		if (ctx.yearly && /period$/i.test(match)) return yearValue(+g.y!);
		const q = ctx.reportingQuarter ?? ctx.lastQuarter;
		return q ? quarterValue(+g.y!, +q.value.slice(-1)) : null;
	}),
	rule('the-quarter', '\\b(?:the|this|that|last|next|the current|the latest|the most recent|the previous|the same|the latest fiscal)\\s+(?:fiscal\\s+)?quarter\\b(?![-\\s]finals?)|\\bthe latest period\\b|\\bthe period\\b(?!\\s+(?:of|from|between|when|in which|before|after|since|under)\\b)', 'gi', (_g, ctx, match) => {
		const m = match.toLowerCase();
		// "earnings of $1.82 a share for the period": in an earnings report only, and the reported quarter.
		if (m === 'the period') return ctx.reportingQuarter ?? null;
		const fromPub = (n: number) => (ctx.pub === null ? null : shiftedUnit(ctx.pub, 'quarter', n));
		if (m.startsWith('last') || m.startsWith('the previous')) return fromPub(-1);
		if (m.startsWith('next')) return fromPub(1);
		// "The latest quarter" has ended: the reported one if it has, else the last completed before publication.
		if (/latest|most recent/.test(m) && ctx.reportingQuarter && ctx.pub !== null && !endedBy(ctx.reportingQuarter, ctx.pub)) return fromPub(-1);
		// In an earnings report "the quarter", "this quarter" and "the latest period" are the one reported on.
		if (ctx.reportingQuarter) return ctx.reportingQuarter;
		if (m.includes('current')) return fromPub(0);
		// Otherwise the last quarter completed before publication.
		return fromPub(-1);
	}),
	// "the year-ago quarter", "the year-earlier period", "year-ago results".
	rule('year-ago', '\\b(?:the\\s+)?(?:comparable\\s+)?(?:year-ago|year-earlier|prior-year|year ago|year earlier)(?<noun>\\s+(?:(?:first|second|third|fourth)\\s+)?(?:quarter|period))?', 'gi', (g, ctx) => {
		if (g.noun && /quarter/i.test(g.noun)) {
			const q = reportedQuarter(ctx);
			return q ? shiftQuarter(q, -4) : null;
		}
		if (ctx.yearly) return yearBefore(ctx);
		const q = g.noun ? reportedQuarter(ctx) : ctx.reportingQuarter;
		return q ? shiftQuarter(q, -4) : yearBefore(ctx);
	}),
	// "the same period last year", "the same period of the previous year", "the same period a year ago", "last year's
	// quarter": the reported period a year before.
	rule('period-last-year', "\\b(?:the\\s+)?(?:same|corresponding|comparable|like)\\s+(?<unit>period|quarter)\\s+(?:(?:of|in)\\s+)?(?:last year|(?:the\\s+)?(?:previous|prior|preceding) year|a year (?:ago|earlier|before))\\b|\\blast year's\\s+(?<unit2>quarter|period)\\b", 'gi', (g, ctx) => {
		if (ctx.yearly && (g.unit ?? g.unit2) === 'period') return yearBefore(ctx);
		const q = reportedQuarter(ctx);
		return q ? shiftQuarter(q, -4) : null;
	})
];

/** Rules whose dates are the reported period seen from elsewhere, so never the anchor for "a year earlier". */
const DERIVED = new Set(['year-ago', 'the-quarter', 'year-period', 'period-last-year']);

export const QUARTER_RULES: Rule[] = RULES.map((r) => (DERIVED.has(r.name) ? { ...r, derived: true } : r));
