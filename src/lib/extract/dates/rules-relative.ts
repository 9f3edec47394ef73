/**
 * Dates relative to publication or to the previous date mentioned: "today",
 * "last week" (a week, not a day), "earlier this year", "two months ago",
 * "a year earlier", "last fall". Quarters: rules-quarters.ts; PRESENT_REF
 * and the like: rules-refs.ts.
 */
import { utcDay, ymd } from '../../domain/days';
import {
	SEASON_START,
	dayValue,
	parseAnchor,
	refValue,
	seasonValue,
	shiftedUnit,
	type Resolved,
	type Unit
} from './calendar';
import { NUMBER_RE, SEASONS, SEASON_RE, UNITS, numberValue } from './lexicon';
import { rule, type Rule, type RuleContext } from './rule';
import { yearEarlierPeriod } from './rules-quarters';
import { leadIsPast } from './tense';
import { anchorWords, happened, offsetFrom, vagueFrom, vagueUnit } from './anchors';

const Y = '(?<y>(?:1[0-9]|20)\\d\\d)';

/** The unit containing publication, shifted: "last month" is the month before publication's. */
const fromPub = (ctx: RuleContext, unit: Unit, n: number) => (ctx.pub === null ? null : shiftedUnit(ctx.pub, unit, n));

/** Day and unit to count from for "a year earlier": the previous mention if near, else publication. */
function reference(ctx: RuleContext): { day: number; unit: Unit } | null {
	const a = ctx.anchor && parseAnchor(ctx.anchor.value);
	if (a) return a;
	return ctx.pub === null ? null : { day: ctx.pub, unit: 'day' };
}

const UNIT_ORDER: readonly Unit[] = ['day', 'week', 'month', 'quarter', 'year', 'decade'];

/**
 * "a year earlier" after "the third quarter" means the same quarter a year
 * before (financial reporting), so a quarter anchor keeps its granularity.
 * Counting finer than the reference is known names no time: "two days before"
 * counted from "February 2013" is no day of it.
 */
function shiftFrom(ref: { day: number; unit: Unit }, unit: Unit, n: number): Resolved | null {
	if (UNIT_ORDER.indexOf(unit) < UNIT_ORDER.indexOf(ref.unit)) return null;
	if (ref.unit === 'quarter' && (unit === 'year' || unit === 'quarter')) return shiftedUnit(ref.day, 'quarter', unit === 'year' ? 4 * n : n);
	return shiftedUnit(ref.day, unit, n);
}

/** Before "a year after …": a frequency ("twice a year"), no date. */
const HOW_OFTEN = /\b(?:once|twice|thrice|times)\s+$/i;
/**
 * "after that", "before this", "came eight months after it.", standing for the date just told (not "after
 * that vote": a happening named; not "after it was founded": a clause).
 */
const BACK_REFERENCE = /^\s+(?:(?:that|this|then)\b(?!\s+(?!(?:the|a|an|he|she|it|they|we|its|his|her|their)\b)[a-z])|it(?=\s*(?:[.,;:)]|$)))/i;

/**
 * The happening after "after"/"before" dated in its own words ("a year after the deal struck in Shanghai
 * last May", "two weeks after the plane dropped off radar on March 8"): that date is the happening's, and
 * the count dates the main clause from it, not from anything before; a date of its own, not this one.
 */
const DATED_ANCHOR =
	/^[^,.;:]{0,60}?\b(?:(?:January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:last|this|next) (?:week|month|year)\b|(?:last|in|early|late|mid-|since|by) May\b|yesterday\b|(?:1[89]|20)\d\d\b)/;

/**
 * The same day n months or years before (or after): "on Sunday, exactly a year after the jet disappeared"
 * is the anniversary, to the day. Null when that month has no such day.
 */
function sameDayShifted(day: number, months: number): Resolved | null {
	const [y, m, d] = ymd(day);
	const shifted = utcDay(y, m + months, d);
	return ymd(shifted)[2] === d ? dayValue(shifted) : null;
}

/** Nouns after "today's" that name the age we live in rather than a day. */
const GENERIC_TODAY = /^'s\s+(?:[a-z-]+\s+)?(?:world|youth|society|generation|young|children|kids|teenagers|families|economy|markets?|technology|computers|standards|politics|culture|consumers?|workers|workplace|environment)\b/;

/** A comparison of figures around "last year": "compared with …", "from …", "last year's". */
const COMPARES_FIGURES = /\b(?:compared (?:with|to)|from|than|versus|against)\b[^.;]*\blast year\b|\blast year's\b/i;

const REL_SHIFT: Record<string, number> = { last: -1, previous: -1, past: -1, this: 0, current: 0, coming: 1, next: 1 };

/** Rules whose dates count from the previous mention, so never become the anchor. */
const DERIVED = new Set(['anchored-unit', 'ago', 'ago-today', 'vague-anchored']);

/** Nouns "overnight" qualifies: "the unsecured overnight call rate", "overnight stays". */
const OVERNIGHT_NOUN = /^\s+(?:call|rates?|loans?|lending|repo|deposits?|index|stays?|trips?|flights?|shifts?|trains?|buses|bus|camps?)\b/i;
/** Words before "overnight" that make it an adjective. */
const OVERNIGHT_ADJECTIVE = /\b(?:an?|the|its|their|his|her|this|that|every)\s+$/i;

/** Prepositions of time after which a season needs no determiner: "until autumn", "by spring". */
const BARE_SEASON_BEFORE = /\b(?:until|till|by|before|after|since)\s+$/i;
/** Prepositions of time that lead to a season ("in the spring", "by early fall", "until the fall"). */
const SEASON_PREPOSITION = /\b(?:in|by|during|until|till|through|over|since|before|after|for|from|into)\s+$/i;

export const RELATIVE_RULES: Rule[] = ([
	rule('today', "\\b(?:(?:early|late|earlier|later)\\s+)?(?:today|tonight|this (?:morning|afternoon|evening))\\b", 'gi', (_g, ctx, match) => {
		if (ctx.pub === null) return null;
		const after = ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 30);
		// "today's youth", "in today's world": the present age, not publication day.
		if (GENERIC_TODAY.test(after)) return null;
		// "VOA Today", "USA Today": a title after a name.
		if (/^Today$/.test(match) && /\p{Lu}[\p{L}.]*\s+$/u.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start)) && !/[.!?]\s+\p{Lu}[\p{L}.]*\s+$/u.test(ctx.text.slice(Math.max(0, ctx.start - 22), ctx.start))) return null;
		return dayValue(ctx.pub);
	}),
	rule('yesterday', '\\b(?:(?:early|late|earlier|later|mid-afternoon|mid-morning)\\s+)?(?:yesterday(?:\\s+(?:morning|afternoon|evening))?|last night|overnight)\\b', 'gi', (_g, ctx, match) => {
		if (ctx.pub === null) return null;
		// "an overnight flight", "the overnight curfew": a kind of thing, not last night.
		if (/^overnight$/i.test(match) && (OVERNIGHT_ADJECTIVE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) || OVERNIGHT_NOUN.test(ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 12)))) return null;
		return dayValue(ctx.pub - 1);
	}),
	rule('tomorrow', '\\btomorrow(?:\\s+(?:morning|afternoon|evening|night))?\\b', 'gi', (_g, ctx) => (ctx.pub === null ? null : dayValue(ctx.pub + 1))),
	rule('this-unit', '\\b(?:(?:early|late|earlier|later|the end of|the beginning of|the start of|the middle of)\\s+)?(?<rel>last|this|next|the past|the coming|the current|this past|this coming)\\s+(?<unit>week|month|year|decade)\\b', 'gi', (g, ctx, match) => {
		// "This Week", capitalised mid-sentence, is a programme or a column, not a week.
		if (/^[A-Z]/.test(g.unit!) && g.unit !== g.unit!.toUpperCase()) return null;
		const rel = g.rel!.toLowerCase().split(' ').pop()!;
		const unit = UNITS[g.unit!.toLowerCase()];
		// "over the past year": TimeBank gives it the previous calendar year; "the past week" and "the coming year" are spans.
		if (g.rel!.toLowerCase() === 'the coming' || (g.rel!.toLowerCase() === 'the past' && unit !== 'year')) return null;
		// "compared with $3 million last year", "last year's results" in a quarterly report: that quarter a year before.
		if (unit === 'year' && rel === 'last' && COMPARES_FIGURES.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start + match.length + 2))) {
			const p = yearEarlierPeriod(ctx);
			if (p) return p;
		}
		return fromPub(ctx, unit, REL_SHIFT[rel] ?? 0);
	}),
	// "later in the year"; a decade has no bare form of its own, so "by the end of the decade" is read whole too.
	rule('in-the-unit', '\\b(?:(?:earlier|later) in the (?<unit>week|month|year|decade)|the (?:end|beginning|start|middle) of the (?<unit2>decade))\\b', 'gi', (g, ctx) =>
		fromPub(ctx, UNITS[(g.unit ?? g.unit2)!.toLowerCase()], 0)
	),
	rule('anchored-unit', '\\b(?:the|that) (?<rel>same|previous|following|next|prior) (?<unit>day|week|month|year)\\b|\\b(?<that>that) (?<unit2>day|week|month|year)\\b', 'gi', (g, ctx) => {
		const unit = UNITS[(g.unit ?? g.unit2)!.toLowerCase()];
		// "that day", "the same day": the day just told; after a month, no day of it (not the month's first).
		const lastDay = ctx.lastDate?.granularity === 'day' ? parseAnchor(ctx.lastDate.value) : null;
		const ref = unit === 'day' && ctx.lastDate ? lastDay : reference(ctx);
		if (!ref) return null;
		const rel = g.rel?.toLowerCase();
		return shiftedUnit(ref.day, unit, rel === 'previous' || rel === 'prior' ? -1 : rel === 'following' || rel === 'next' ? 1 : 0);
	}),
	// "days after the summit", "in the weeks before the shooting", "within hours of the vote": a count not given, from the happening named.
	rule('vague-anchored', '\\b(?:(?<within>within)\\s+|(?:only|just|mere|barely|in the|the|some)\\s+)?(?<unit>hours|days|weeks)\\s+(?<dir>after|before|of)\\b', 'gi', (g, ctx, match) => {
		const dir = g.dir!.toLowerCase();
		if (dir === 'of' && !g.within) return null;
		const named = anchorWords(ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 60));
		const happening = named && ctx.eventDate(named);
		return happening ? happened(vagueFrom(happening, vagueUnit(g.unit!)!, dir === 'before' ? -1 : 1), ctx.pub, ctx.tense) : null;
	}),
	rule('ago', `\\b(?:(?:about|almost|nearly|some|more than|less than|just|only|over|roughly|around|barely|exactly)\\s+)?(?<n>${NUMBER_RE})\\s+(?<unit>days?|weeks?|months?|quarters?|years?|decades?)(?:\\s+or so|\\s+to the day)?\\s+(?<dir>ago|earlier|later|before|after|previously|from now)\\b(?=(?<rest>\\s+[a-z])|)`, 'gi', (g, ctx, match) => {
		const n = numberValue(g.n!);
		const unit = UNITS[g.unit!.toLowerCase()];
		if (!n || !unit) return null;
		const dir = g.dir!.toLowerCase();
		// "twice a year after that": how often, not when.
		if (HOW_OFTEN.test(ctx.text.slice(Math.max(0, ctx.start - 10), ctx.start))) return null;
		// "a year after that", "a week before this": after the date just told, as "a year later" is.
		if ((dir === 'after' || dir === 'before') && BACK_REFERENCE.test(ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 20))) {
			const ref = reference(ctx);
			return ref && shiftFrom(ref, unit, dir === 'after' ? n : -n);
		}
		// "net fell from $5 million a year earlier": the period reported on, a year before.
		if (unit === 'year' && n === 1 && (dir === 'ago' || dir === 'earlier')) {
			const p = yearEarlierPeriod(ctx);
			if (p) return p;
		}
		if (dir === 'ago' || dir === 'from now') {
			if (ctx.pub === null) return null;
			// "a year ago" right after a quarter compares quarters.
			const ref = ctx.anchor?.granularity === 'quarter' && ctx.anchorNear ? reference(ctx)! : { day: ctx.pub, unit: 'day' as Unit };
			return shiftFrom(ref, unit, dir === 'ago' ? -n : n);
		}
		if (g.rest && (dir === 'after' || dir === 'before')) {
			// "three weeks after the referendum": n units from the day the article gives the referendum. Without one,
			// a clause told in the present ("the vote comes ten days before the election") counts from publication, one
			// told in the past has no date (below): what happened "a year after the strike" is not a year before today.
			const following = ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 60);
			if (DATED_ANCHOR.test(following)) return null;
			// "held on March 21, 2004, 17 days after the dissolution": in apposition to the date just told, the
			// happening lies n units from that date, whatever the article dates under its name elsewhere.
			const apposed = ctx.anchorHere && ctx.lastEnd > 0 && /^\s*,\s*$/.test(ctx.text.slice(ctx.lastEnd, ctx.start));
			const named = !apposed && anchorWords(following);
			const happening = named && ctx.eventDate(named);
			// The words found beside this sentence's own date name its main clause ("released a report into flight
			// MH370 on Sunday … expired more than a year before the flight"), not the happening counted from.
			if (happening && ctx.anchorHere && happening.value === ctx.anchor?.value) return null;
			if (happening) return happened(offsetFrom(happening, unit, dir === 'after' ? n : -n), ctx.pub, ctx.tense);
			// "a year after Snowden revealed …": the clause after it happened n units before the reference.
			if (ctx.pub === null) return null;
			// "spotted ten days before the shooting": a past clause is not at publication, so without a
			// date nearby to count from, the time pointed at is unknown.
			// ("A day after the hearing, he left": opening the sentence, the main clause follows it.)
			if (!ctx.anchorNear && leadIsPast(ctx.text, ctx.start, ctx.tense)) return null;
			const ref = ctx.anchorNear ? reference(ctx)! : { day: ctx.pub, unit: 'day' as Unit };
			// One month or year back from a day of the same sentence ("on Sunday, a year after the jet disappeared"),
			// or exactly so many: an anniversary, that day. "Still reeling three years after Katrina" is only that year.
			if (ctx.anchorHere && ref.unit === 'day' && (unit === 'month' || unit === 'year')) {
				const months = (unit === 'year' ? 12 : 1) * (dir === 'after' ? -n : n);
				if (n === 1 || /^exactly\b|\bto the day\b/i.test(match)) return sameDayShifted(ref.day, months);
				return shiftedUnit(ref.day, unit, months / (unit === 'year' ? 12 : 1));
			}
			// "A jogger observed the car 10 days before the murder": told in the past, no date after publication.
			const counted = shiftFrom(ref, unit, dir === 'after' ? -n : n);
			return ctx.tense === 'past' ? happened(counted, ctx.pub, ctx.tense) : counted;
		}
		const ref = reference(ctx);
		if (!ref) return null;
		return shiftFrom(ref, unit, dir === 'earlier' || dir === 'before' || dir === 'previously' ? -n : n);
	}),
	rule('season', `\\b(?:(?<rel>last|this|next|this past|this coming|the|early|late|the early|the late|mid)[\\s-]+)?(?<s>${SEASON_RE})(?:\\s+(?:of\\s+)?${Y})?\\b`, 'gi', (g, ctx, match) => {
		const season = SEASONS[g.s!.toLowerCase()];
		const rel = g.rel?.toLowerCase() ?? '';
		// "fall" is a verb and "spring" a noun unless a determiner or a year says otherwise; after "the", "early" or
		// "late" they are the season where a preposition of time leads to them and no "of" or "in" follows
		// ("in the spring", "by early fall"; not "the fall of Mosul", "a late fall in prices").
		// A bare season is one only after a preposition of time, and then no verb or noun: "wait until autumn", not
		// "prices fall in", "a spring in his step".
		if (!g.y && !rel && !(BARE_SEASON_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)) && /^(?:\s*[.,;:!?)]|\s+(?:to|and|when|as|before|after|with|or)\b)/.test(ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 8)))) return null;
		if (!g.y && (season === 'FA' || season === 'SP') && (rel === 'the' || rel === 'early' || rel === 'late' || rel === 'the early' || rel === 'the late')) {
			const before = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
			const after = ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 6);
			if (!SEASON_PREPOSITION.test(before) || /^\s+(?:of|in)\b/.test(after)) return null;
		}
		if (g.y) return seasonValue(+g.y, season);
		if (ctx.pub === null) return null;
		const [py, pm] = ymd(ctx.pub);
		// The season's year is the year it starts in; January belongs to the previous winter.
		const current = pm < 3 ? py - 1 : py;
		const start = (y: number) => utcDay(y, SEASON_START[season]);
		if (rel.includes('last') || rel.includes('past')) return seasonValue(start(py) < ctx.pub - 90 ? py : py - 1, season);
		if (rel.includes('next') || rel.includes('coming')) return seasonValue(start(py) > ctx.pub ? py : py + 1, season);
		// "collapsed in the autumn", told in March: the last one, the publication year's being still to come.
		if (season !== 'WI' && !rel.includes('this') && ctx.tense === 'past' && start(py) > ctx.pub) return seasonValue(py - 1, season);
		return seasonValue(season === 'WI' ? current : py, season);
	}),
	// "A year ago today": that day, a year back.
	rule('ago-today', `\\b(?<n>${NUMBER_RE})\\s+(?<unit>years?|months?)\\s+ago\\s+today\\b`, 'gi', (g, ctx) => {
		if (ctx.pub === null) return null;
		const n = numberValue(g.n!);
		if (!n) return null;
		const [y, m, d] = ymd(ctx.pub);
		const months = /^year/i.test(g.unit!) ? 12 * n : n;
		const day = utcDay(y, m - months, d);
		// "a month ago today" on March 31: there was no February 31.
		return ymd(day)[2] === d ? dayValue(day) : null;
	}),
	rule('vague-past', '\\b(?:several|a few|some|many) (?:days|weeks|months|years|decades) ago\\b', 'gi', () => refValue('PAST_REF'))
] as Rule[]).map((r) => (DERIVED.has(r.name) ? { ...r, derived: true } : r));
