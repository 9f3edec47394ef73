/**
 * Dates relative to publication or to the previous date mentioned: "today",
 * "last week" (a week, not a day), "earlier this year", "two months ago",
 * "a year earlier", "the third quarter", "last fall", "now".
 */
import { utcDay, ymd } from '../../domain/days';
import {
	SEASON_START,
	dayValue,
	parseAnchor,
	quarterOf,
	quarterValue,
	refValue,
	seasonValue,
	shiftedUnit,
	type Resolved,
	type Unit
} from './calendar';
import { NUMBER_RE, ORDINALS, SEASONS, SEASON_RE, UNITS, numberValue } from './lexicon';
import { rule, type Rule, type RuleContext } from './rule';

const Y = '(?<y>(?:1[0-9]|20)\\d\\d)';

/** The unit containing publication, shifted: "last month" is the month before publication's. */
const fromPub = (ctx: RuleContext, unit: Unit, n: number) => (ctx.pub === null ? null : shiftedUnit(ctx.pub, unit, n));

/** Day and unit to count from for "a year earlier": the previous mention if near, else publication. */
function reference(ctx: RuleContext): { day: number; unit: Unit } | null {
	const a = ctx.anchor && parseAnchor(ctx.anchor.value);
	if (a) return a;
	return ctx.pub === null ? null : { day: ctx.pub, unit: 'day' };
}

/**
 * "a year earlier" after "the third quarter" means the same quarter a year
 * before (financial reporting), so a quarter anchor keeps its granularity.
 */
function shiftFrom(ref: { day: number; unit: Unit }, unit: Unit, n: number): Resolved {
	if (ref.unit === 'quarter' && (unit === 'year' || unit === 'quarter')) return shiftedUnit(ref.day, 'quarter', unit === 'year' ? 4 * n : n);
	return shiftedUnit(ref.day, unit, n);
}

const REL_SHIFT: Record<string, number> = { last: -1, previous: -1, past: -1, this: 0, current: 0, coming: 1, next: 1 };

/** Rules whose dates count from the previous mention, so never become the anchor. */
const DERIVED = new Set(['anchored-unit', 'ago', 'year-ago', 'the-quarter', 'year-period']);

export const RELATIVE_RULES: Rule[] = ([
	rule('today', "\\b(?:(?:early|late|earlier|later)\\s+)?(?:today|tonight|this (?:morning|afternoon|evening))\\b", 'gi', (_g, ctx) =>
		ctx.pub === null ? null : dayValue(ctx.pub)
	),
	rule('yesterday', '\\b(?:(?:early|late|earlier|later|mid-afternoon|mid-morning)\\s+)?(?:yesterday(?:\\s+(?:morning|afternoon|evening))?|last night|overnight)\\b', 'gi', (_g, ctx) =>
		ctx.pub === null ? null : dayValue(ctx.pub - 1)
	),
	rule('tomorrow', '\\btomorrow(?:\\s+(?:morning|afternoon|evening|night))?\\b', 'gi', (_g, ctx) => (ctx.pub === null ? null : dayValue(ctx.pub + 1))),
	rule('this-unit', '\\b(?:(?:early|late|earlier|later|the end of|the beginning of|the start of|the middle of)\\s+)?(?<rel>last|this|next|the past|the coming|the current|this past|this coming)\\s+(?<unit>week|month|year|decade)\\b', 'gi', (g, ctx) => {
		const rel = g.rel!.toLowerCase().split(' ').pop()!;
		// "the past year" is a duration, not a calendar year.
		if (g.rel!.toLowerCase() === 'the past' || g.rel!.toLowerCase() === 'the coming') return null;
		return fromPub(ctx, UNITS[g.unit!.toLowerCase()], REL_SHIFT[rel] ?? 0);
	}),
	rule('in-the-unit', '\\b(?:earlier|later) in the (?<unit>week|month|year)\\b', 'gi', (g, ctx) => fromPub(ctx, UNITS[g.unit!.toLowerCase()], 0)),
	rule('anchored-unit', '\\b(?:the|that) (?<rel>same|previous|following|next|prior) (?<unit>day|week|month|year)\\b|\\b(?<that>that) (?<unit2>day|week|month|year)\\b', 'gi', (g, ctx) => {
		const ref = reference(ctx);
		if (!ref) return null;
		const unit = UNITS[(g.unit ?? g.unit2)!.toLowerCase()];
		const rel = g.rel?.toLowerCase();
		return shiftedUnit(ref.day, unit, rel === 'previous' || rel === 'prior' ? -1 : rel === 'following' || rel === 'next' ? 1 : 0);
	}),
	rule('ago', `\\b(?:(?:about|almost|nearly|some|more than|less than|just|only|over|roughly|around|barely)\\s+)?(?<n>${NUMBER_RE})\\s+(?<unit>days?|weeks?|months?|quarters?|years?|decades?)(?:\\s+or so)?\\s+(?<dir>ago|earlier|later|before|after|previously|from now)\\b(?=(?<rest>\\s+[a-z])|)`, 'gi', (g, ctx) => {
		const n = numberValue(g.n!);
		const unit = UNITS[g.unit!.toLowerCase()];
		if (!n || !unit) return null;
		const dir = g.dir!.toLowerCase();
		if (dir === 'ago' || dir === 'from now') {
			if (ctx.pub === null) return null;
			if (ctx.reportingQuarter && unit === 'year') return shiftFrom(parseAnchor(ctx.reportingQuarter.value)!, unit, dir === 'ago' ? -n : n);
			// "a year ago" right after a quarter compares quarters.
			const ref = ctx.anchor?.granularity === 'quarter' && ctx.anchorNear ? reference(ctx)! : { day: ctx.pub, unit: 'day' as Unit };
			return shiftFrom(ref, unit, dir === 'ago' ? -n : n);
		}
		// "a year after Snowden revealed …": the clause after it happened n units before the reference.
		if (g.rest && (dir === 'after' || dir === 'before')) {
			if (ctx.pub === null) return null;
			const ref = ctx.anchorNear ? reference(ctx)! : { day: ctx.pub, unit: 'day' as Unit };
			return shiftFrom(ref, unit, dir === 'after' ? -n : n);
		}
		const ref = ctx.reportingQuarter ? parseAnchor(ctx.reportingQuarter.value) : reference(ctx);
		if (!ref) return null;
		return shiftFrom(ref, unit, dir === 'earlier' || dir === 'before' || dir === 'previously' ? -n : n);
	}),
	rule('year-ago', '\\b(?:the\\s+)?(?:comparable\\s+)?(?:year-ago|year-earlier|year ago|year earlier)(?:\\s+(?:(?:first|second|third|fourth)\\s+)?(?:quarter|period))?', 'gi', (_g, ctx) => {
		const ref = ctx.reportingQuarter ? parseAnchor(ctx.reportingQuarter.value) : reference(ctx);
		return ref ? shiftFrom(ref, 'year', -1) : null;
	}),
	rule('quarter', `\\b(?:(?:the|its|this year's|last year's|next year's|${Y}(?:'s)?)\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<y2>(?:1[0-9]|20)\\d\\d)|(?<rel>this|last|next) year))?`, 'gi', (g, ctx, match) => {
		const q = ORDINALS[g.ord!.toLowerCase()];
		let year: number | null = g.y ? +g.y : g.y2 ? +g.y2 : null;
		if (year === null) {
			if (ctx.pub === null) return null;
			const shift = /last year|last year's/i.test(match) ? -1 : /next year/i.test(match) ? 1 : 0;
			year = ymd(ctx.pub)[0] + shift;
		}
		return quarterValue(year, q);
	}),
	rule('year-period', `\\b(?:the|its)\\s+${Y}\\s+(?:quarter|period)\\b`, 'gi', (g, ctx) => {
		// "the 1988 quarter": the reporting quarter's number in that year.
		const q = ctx.reportingQuarter ? +ctx.reportingQuarter.value.slice(-1) : null;
		return q ? quarterValue(+g.y!, q) : null;
	}),
	rule('the-quarter', '\\b(?:the|this|that|last|next|the current|the latest|the most recent|the previous|the same|the latest fiscal)\\s+(?:fiscal\\s+)?quarter\\b|\\bthe latest period\\b', 'gi', (_g, ctx, match) => {
		const m = match.toLowerCase();
		if (m.startsWith('last') || m.startsWith('the previous')) return fromPub(ctx, 'quarter', -1);
		if (m.startsWith('next')) return fromPub(ctx, 'quarter', 1);
		// "The latest quarter" is the last one completed before publication.
		if (m.includes('latest') || m.includes('most recent')) return fromPub(ctx, 'quarter', -1);
		// In an earnings report "the quarter" and even "this quarter" are the one reported on.
		if (ctx.reportingQuarter) return ctx.reportingQuarter;
		if (m.includes('current')) return fromPub(ctx, 'quarter', 0);
		// Otherwise the last quarter completed before publication.
		return fromPub(ctx, 'quarter', -1);
	}),
	rule('season', `\\b(?:(?<rel>last|this|next|this past|this coming|the|early|late|the early|the late|mid)[\\s-]+)?(?<s>${SEASON_RE})(?:\\s+(?:of\\s+)?${Y})?\\b`, 'gi', (g, ctx) => {
		const season = SEASONS[g.s!.toLowerCase()];
		const rel = g.rel?.toLowerCase() ?? '';
		// "fall" is a verb and "spring" a noun unless a determiner or a year says otherwise.
		if (!g.y && !rel) return null;
		if (!g.y && (season === 'FA' || season === 'SP') && (rel === 'the' || rel === 'early' || rel === 'late')) return null;
		if (g.y) return seasonValue(+g.y, season);
		if (ctx.pub === null) return null;
		const [py, pm] = ymd(ctx.pub);
		// The season's year is the year it starts in; January belongs to the previous winter.
		const current = pm < 3 ? py - 1 : py;
		const start = (y: number) => utcDay(y, SEASON_START[season]);
		if (rel.includes('last') || rel.includes('past')) return seasonValue(start(py) < ctx.pub - 90 ? py : py - 1, season);
		if (rel.includes('next') || rel.includes('coming')) return seasonValue(start(py) > ctx.pub ? py : py + 1, season);
		return seasonValue(season === 'WI' ? current : py, season);
	}),
	rule('vague-past', '\\b(?:several|a few|some|many) (?:days|weeks|months|years|decades) ago\\b', 'gi', () => refValue('PAST_REF')),
	rule('present-ref', '\\b(?:right now|now|currently|nowadays|these days|at present|at the moment)\\b', 'gi', () => refValue('PRESENT_REF')),
	// "previously" and "soon" are left out: annotators rarely mark them as dates.
	rule('past-ref', '\\b(?:more recently|recently|formerly|in the past|(?:in )?recent (?:years|months|weeks|days)|past years)\\b', 'gi', () => refValue('PAST_REF')),
	rule('future-ref', '\\b(?:the (?:near |distant )?future|(?:the )?(?:coming|future) (?:weeks|months|years|quarters)|the (?:near|short) term|a later date)\\b', 'gi', () => refValue('FUTURE_REF'))
] as Rule[]).map((r) => (DERIVED.has(r.name) ? { ...r, derived: true } : r));
