/**
 * Dates spoken in words or named by the calendar: "nineteen ninety-six",
 * "the year two thousand", "Thanksgiving Day", "Christmas", "year-end",
 * "for the year", "the next morning".
 */
import { formatDay, utcDay, weekday, ymd } from '../../domain/days';
import { dayValue, monthValue, parseAnchor, seasonValue, weekValue, yearValue } from './calendar';
import { MONTH_FULL, SEASONS, SEASON_RE, monthNumber } from './lexicon';
import { yearOfDay } from './resolve';
import { rule, type Rule } from './rule';

const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TWO_DIGITS = `(?:(?:${TENS.join('|')})(?:[- ](?:${UNIT_WORDS.join('|')}))?|${TEENS.join('|')}|oh[- ](?:${UNIT_WORDS.join('|')}))`;

/** "ninety-six" → 96, "oh-five" → 5. */
function twoDigits(words: string): number {
	const [a, b] = words.toLowerCase().split(/[- ]/);
	if (a === 'oh') return UNIT_WORDS.indexOf(b) + 1;
	const teen = TEENS.indexOf(a);
	if (teen >= 0) return 10 + teen;
	return (TENS.indexOf(a) + 2) * 10 + (b ? UNIT_WORDS.indexOf(b) + 1 : 0);
}

/** Day of a holiday in a year: the nth weekday of a month, or a fixed day. */
const HOLIDAYS: Record<string, (y: number) => number> = {
	thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
	'election day': (y) => nthWeekday(y, 11, 1, 1) + 1,
	christmas: (y) => utcDay(y, 12, 25),
	'christmas day': (y) => utcDay(y, 12, 25),
	'christmas eve': (y) => utcDay(y, 12, 24),
	"new year's day": (y) => utcDay(y, 1, 1),
	"new year's eve": (y) => utcDay(y, 12, 31),
	'independence day': (y) => utcDay(y, 7, 4),
	'labor day': (y) => nthWeekday(y, 9, 1, 1),
	'memorial day': (y) => nthWeekday(y, 6, 1, 1) - 7,
	'veterans day': (y) => utcDay(y, 11, 11),
	// Fixed days other countries' news names: Britain's and Europe's, Australia's, Canada's, France's.
	'may day': (y) => utcDay(y, 5, 1),
	"valentine's day": (y) => utcDay(y, 2, 14),
	"st patrick's day": (y) => utcDay(y, 3, 17),
	"st. patrick's day": (y) => utcDay(y, 3, 17),
	'anzac day': (y) => utcDay(y, 4, 25),
	'canada day': (y) => utcDay(y, 7, 1),
	'bastille day': (y) => utcDay(y, 7, 14),
	halloween: (y) => utcDay(y, 10, 31),
	'remembrance day': (y) => utcDay(y, 11, 11),
	'armistice day': (y) => utcDay(y, 11, 11),
	'boxing day': (y) => utcDay(y, 12, 26),
	'australia day': (y) => utcDay(y, 1, 26),
	easter: easterSunday,
	'easter sunday': easterSunday,
	'easter week': easterSunday,
	'easter monday': (y) => easterSunday(y) + 1,
	'good friday': (y) => easterSunday(y) - 2
};

/**
 * Western Easter Sunday of a year: the Gregorian computus (Meeus, Jones and Butcher), the first Sunday after the
 * ecclesiastical full moon on or after 21 March. Ten lines of arithmetic, checked against the published dates in
 * the tests: a dependency would add more than it saves.
 */
function easterSunday(y: number): number {
	const a = y % 19;
	const [b, c] = [Math.floor(y / 100), y % 100];
	const [d, e] = [Math.floor(b / 4), b % 4];
	const g = Math.floor((8 * b + 13) / 25);
	const h = (19 * a + b - d - g + 15) % 30;
	const [i, k] = [Math.floor(c / 4), c % 4];
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 19 * l) / 433);
	const month = Math.floor((h + l - 7 * m + 90) / 25);
	return utcDay(y, month, (h + l - 7 * m + 33 * month + 19) % 32);
}

/** The nth (1-based) weekday `wd` (0 = Sunday) of a month. */
function nthWeekday(y: number, month: number, wd: number, n: number): number {
	const first = utcDay(y, month, 1);
	return first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
}

/** The words that lead to a part of the day: "and evening", "through the evening", "in the morning". */
const PART_OF_DAY_BEFORE = /\b(?:in|by|and|through|until|from|during|or)\s+$/i;

export const NAMED_RULES: Rule[] = [
	// Broadcast transcripts spell years out, also after a month or season: "January nineteen ninety-seven".
	rule('spoken-year', `(?:\\b(?<mon>${MONTH_FULL})\\s+|\\b(?:the\\s+)?(?<s>${SEASON_RE})\\s+of\\s+)?\\b(?:(?:the )?year )?(?<c>nineteen|twenty)[- ](?:hundred[- ](?:and[- ])?)?(?<yy>${TWO_DIGITS})\\b`, 'gi', (g) => {
		const year = (g.c!.toLowerCase() === 'nineteen' ? 1900 : 2000) + twoDigits(g.yy!);
		if (g.mon) return monthValue(year, monthNumber(g.mon));
		if (g.s) return seasonValue(year, SEASONS[g.s.toLowerCase()]);
		return yearValue(year);
	}),
	rule('spoken-2000s', `\\b(?:the year )?two thousand(?:(?: and)? (?<u>${UNIT_WORDS.join('|')}|${TEENS.join('|')}))?\\b`, 'gi', (g, _ctx, match) => {
		// "two thousand troops" is a count: only "the year two thousand" or a following clue makes it a year.
		if (!/^the year/i.test(match) && !g.u) return null;
		const u = g.u ? (UNIT_WORDS.indexOf(g.u.toLowerCase()) + 1 || 10 + TEENS.indexOf(g.u.toLowerCase())) : 0;
		return yearValue(2000 + u);
	}),
	rule('holiday', "\\b(?:(?<rel>last|next|this) )?(?<h>Thanksgiving(?: Day)?|Election Day|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Labor Day|Memorial Day|Veterans Day|Easter(?: Sunday| Monday| week)?|Good Friday|May Day|Valentine's Day|St\\.? Patrick's Day|Anzac Day|Canada Day|Bastille Day|Halloween|Remembrance Day|Armistice Day|Boxing Day|Australia Day)\\b", 'g', (g, ctx) => {
		if (ctx.pub === null) return null;
		const name = g.h!.toLowerCase().replace(/ day$/, (d) => (HOLIDAYS[g.h!.toLowerCase()] ? d : ''));
		const of = HOLIDAYS[name] ?? HOLIDAYS[g.h!.toLowerCase()];
		if (!of) return null;
		const [py] = ymd(ctx.pub);
		const [, m, d] = ymd(of(py));
		const rel = g.rel?.toLowerCase();
		let year = yearOfDay(m, d, ctx.pub, rel === 'last' ? 'past' : rel === 'next' ? 'future' : ctx.tense);
		if (rel === 'last' && of(year) >= ctx.pub) year--;
		return / week$/i.test(g.h!) ? weekValue(of(year)) : dayValue(of(year));
	}),
	rule('year-end', "\\b(?:(?:by|at|around|since|before|until) )?(?:the end of (?:the|this) year|year-end|year end|year's end)\\b", 'gi', (_g, ctx) =>
		ctx.pub === null ? null : yearValue(ymd(ctx.pub)[0])
	),
	// "For the year, sales rose": the year being reported, i.e. publication's.
	// "full-year earnings", "the fiscal year"; not "the fiscal year 2025-26" nor "full-year 2014 EPS", whose year is its own mention.
	rule('the-year', '\\b(?:the (?:full|current|current fiscal|current financial|latest fiscal|fiscal|financial|calendar) year(?!\\s+(?:\\d|FY))|full[\\s-]year(?!\\s+(?:fiscal\\s+)?(?:\\d|FY))|(?<=\\b(?:for|of) )the year(?!\\s+(?:before|after|earlier|later|ago)\\b))\\b', 'gi', (_g, ctx, match) =>
		// "Player of the Year", "Team of the Year": an award's name.
		ctx.pub === null || /the Year$/.test(match) ? null : yearValue(ymd(ctx.pub)[0])
	),
	// "Thursday afternoon and evening", "from late morning through the evening", "By mid afternoon": a part of the day
	// just told (TIMEX3's TIME; its day is its value here). Without a day near, none: "he jogs in the morning".
	rule('part-of-day', '\\b(?:the\\s+)?(?:(?:early|late|mid)[\\s-]?)?(?:morning|afternoon|evening)\\b', 'gi', (_g, ctx) =>
		ctx.anchorNear && ctx.lastDate?.granularity === 'day' && PART_OF_DAY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 9), ctx.start)) ? ctx.lastDate : null
	),
	rule('next-day', '\\b(?:the (?<rel>next|following|previous) (?:day|morning|afternoon|evening|night)|the day (?<rel2>after|before))\\b', 'gi', (g, ctx, match) => {
		// "Oct. 12, the day before the plunge": in apposition to the day just told, that day.
		if (g.rel2 && ctx.lastDate?.granularity === 'day' && /^\s*,\s*$/.test(ctx.text.slice(ctx.lastEnd, ctx.start))) return ctx.lastDate;
		// "later in the day before returning home": the day itself, before doing something; no other day.
		if (g.rel2 && /^\s+[a-z]+ing\b/.test(ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 20))) return null;
		const a = ctx.anchor ? parseAnchor(ctx.anchor.value) : null;
		if (!a || a.unit !== 'day') return null;
		const back = (g.rel ?? g.rel2)!.toLowerCase();
		return { value: formatDay(a.day + (back === 'previous' || back === 'before' ? -1 : 1)), granularity: 'day' };
	})
];
