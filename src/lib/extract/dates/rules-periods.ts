/**
 * Reporting periods besides quarters (rules-quarters.ts): half years ("the
 * first half", "the second half of 2016", "the first two quarters of 1990":
 * TIMEX3 `2016-H1`) and a quarter named by its last month, as companies whose
 * fiscal year is not the calendar year do ("the September quarter" is July to
 * September). "fiscal 2017" is the year 2017 (rules-absolute.ts: annotators
 * give a fiscal year its number, whatever months it spans); "the fiscal year
 * that ended March 31" is an interval (ranges.ts).
 */
import { utcDay, ymd } from '../../domain/days';
import { quarterOf, quarterValue, yearValue, type Resolved } from './calendar';
import { MONTH_FULL, monthNumber } from './lexicon';
import { cap, rule, type Rule, type RuleContext } from './rule';

const Y = '(?<y>(?:1[0-9]|20)\\d\\d)';

/** A half of a match or a game, not of a year: sports words near "the first half". */
const SPORT = /\b(?:scor\w*|goals?|match|game|minutes?|half-?time|innings|kick-?off|penalty|striker|league|cup|coach|points|led|trailed|whistle)\b/i;

/** What "of the …" after a half may name besides a year: then it is no half year ("the first half of the century"). */
const OF_OTHER = /^\s+of\s+(?!the\s+(?:fiscal\s+|financial\s+)?year\b)/i;

const halfValue = (year: number, half: 1 | 2): Resolved => ({ value: `${year}-H${half}`, granularity: 'unknown' });

/**
 * The year of a half named without one: the year under discussion when a
 * year was just named, else publication's; a second half told in the past
 * before it has begun is last year's, a first half told in the future after it
 * has ended is next year's.
 */
function yearOfHalf(half: 1 | 2, ctx: RuleContext): number | null {
	if (ctx.anchor?.granularity === 'year' && ctx.anchorNear) return +ctx.anchor.value;
	if (ctx.pub === null) return null;
	const [py, pm] = ymd(ctx.pub);
	if (half === 2 && pm <= 6 && ctx.tense === 'past') return py - 1;
	if (half === 1 && pm > 6 && ctx.tense === 'future') return py + 1;
	return py;
}

/** A two-digit year of a code ("FY17", "Q3'18"): this century's. */
const codeYear = (y: string) => (y.length === 2 ? 2000 + +y : +y);

/**
 * The codes of financial news: "Q3 2018", "2018 Q3", "Q3 of 2018", "H1 2019", "FY2017", "FY17", "Q2 FY18". A
 * bare "Q3" needs a determiner or preposition before it, or an "Audi Q3" would be a quarter.
 */
const CODE_YEAR = "(?:(?:of\\s+)?(?:FY\\s?)?(?<y>(?:19|20)\\d\\d)|(?:FY\\s?|')(?<yy>\\d\\d))";
const PERIOD_CODE = `(?:\\b(?<y0>(?:19|20)\\d\\d)\\s+)?\\b(?<unit>[QH])(?<n>[1-4])(?:\\s+${CODE_YEAR}|'(?<y2>\\d\\d))?\\b`;

export const PERIOD_RULES: Rule[] = [
	rule('period-code', PERIOD_CODE, 'g', (g, ctx) => {
		const n = +g.n!;
		if (g.unit === 'H' && n > 2) return null;
		const written = g.y0 ?? g.y ?? g.yy ?? g.y2;
		let year: number | null = written ? codeYear(written) : null;
		if (year === null) {
			if (!/\b(?:in|for|during|the|its|their|this|last|next|of|by|from|to|a|each|every|fiscal)\s+$/i.test(ctx.text.slice(Math.max(0, ctx.start - 10), ctx.start))) return null;
			if (ctx.pub === null) return null;
			year = ymd(ctx.pub)[0];
		}
		return g.unit === 'Q' ? quarterValue(year, n) : halfValue(year, n as 1 | 2);
	}),
	// Not "FY 2025-26", one fiscal year spanning two (ranges.ts reads the span).
	rule('fiscal-code', "\\bFY\\s?(?:(?<y>(?:19|20)\\d\\d)|'?(?<yy>\\d\\d))\\b(?![-–/]\\d)", 'g', (g) => yearValue(codeYear(g.y ?? g.yy!))),
	rule('half', `\\b(?:(?:${cap("the|its|this year's|last year's|next year's")})\\s+)?(?:(?<ord>${cap('first|second|last|latter')})[\\s-]+half|(?<two>${cap('first|last')})\\s+two\\s+quarters)(?:\\s+of\\s+(?:${cap('fiscal')}\\s+)?(?:${Y}|(?<rel>this|last|next)\\s+year|the\\s+(?:fiscal\\s+|financial\\s+)?year))?\\b`, 'g', (g, ctx, match) => {
		const half: 1 | 2 = (g.ord ?? g.two)!.toLowerCase() === 'first' ? 1 : 2;
		const after = ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 30);
		// "the first half of the century", "of the match", "the last half hour": a half of something else.
		if (OF_OTHER.test(after) || /^-/.test(after) || /^\s+(?:an?\s+)?(?:hour|day|mile|century|decade|dozen|inning|point)s?\b/i.test(after)) return null;
		if (!g.y && SPORT.test(ctx.text.slice(Math.max(0, ctx.start - 100), ctx.start + match.length + 100))) return null;
		if (g.y) return halfValue(+g.y, half);
		// "of the year", "this year's": the year under way.
		const shift = g.rel ? { last: -1, this: 0, next: 1 }[g.rel.toLowerCase()] : /last year's/i.test(match) ? -1 : /next year's/i.test(match) ? 1 : /this year's|\bthe\s+(?:fiscal\s+|financial\s+)?year$/i.test(match) ? 0 : null;
		if (shift !== null && shift !== undefined) return ctx.pub === null ? null : halfValue(ymd(ctx.pub)[0] + shift, half);
		const year = yearOfHalf(half, ctx);
		return year === null ? null : halfValue(year, half);
	}),
	// "the September quarter": the three months ending in September; told in the future the next one to end, else the
	// last one ended by publication (a report on a quarter comes after it).
	rule('month-quarter', `\\b${cap('the')}\\s+(?<mon>${MONTH_FULL})(?:\\s+|-)quarter\\b(?:\\s+of\\s+${Y})?`, 'g', (g, ctx) => {
		const month = monthNumber(g.mon!);
		if (month % 3 !== 0) return null;
		if (g.y) return quarterValue(+g.y, quarterOf(month));
		if (ctx.pub === null) return null;
		const py = ymd(ctx.pub)[0];
		const end = utcDay(py, month + 1) - 1;
		const year = ctx.tense === 'future' ? (end >= ctx.pub ? py : py + 1) : end <= ctx.pub ? py : py - 1;
		return quarterValue(year, quarterOf(month));
	})
];
