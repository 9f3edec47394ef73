/**
 * Calendar dates written out: "Aug. 7", "18 August 2014", "July 1998",
 * "in May", "2013", "the 1990s", "10:35 a.m. Friday". Patterns are
 * case-sensitive for month names so "may" the verb never matches.
 */
import { parseDay, utcDay, weekday, ymd } from '../../domain/days';
import { centuryValue, dayValue, decadeValue, monthValue, rangeValue, yearValue, type Resolved } from './calendar';
import { DECADE_WORDS, MONTH_FULL, MONTH_RE, WEEKDAYS, WEEKDAY_RE, monthNumber } from './lexicon';
import { dayOfWeekday, dayUnderDiscussion, directionOf, yearOfDay, yearOfMonth } from './resolve';
import { cap, rule, type Rule, type RuleContext } from './rule';

const D = '(?<d>[0-3]?\\d)(?:st|nd|rd|th)?';
const Y = '(?<y>(?:1[0-9]|20)\\d\\d)';
/** Nouns that make a four-digit number a count, not a year: "2013 points", "1990 troops". */
/** What follows a 24-hour clock time ("1500 GMT", "2200 hours"), which is no year. */
const CLOCK_ZONE = '\\s*(?:(?:GMT|UTC|BST|MSK|[A-Z]{1,3}[SD]T|[A-Z]{2}T)\\b|hours\\b|hrs\\b|local time\\b)';
const COUNTED =
	'(?:people|persons|men|women|children|soldiers|troops|points|votes|units|cars|homes|houses|jobs|workers|dollars|euros|pounds|yuan|tons|tonnes|barrels|miles|kilometers|kilometres|km|feet|meters|metres|acres|hectares|shares|students|deaths|cases|times|copies|residents|members|employees|passengers|refugees|migrants|victims|seats|words|pages|calories|rooms|beds|flights|vehicles|companies|firms|cattle|sheep)\\b';
/**
 * "July 17 last year", "17 March next year": the year the words name, counted
 * from publication (else "last year" would be read as a date of its own and
 * the day put in the publication year).
 */
const RY = '\\s+(?<ry>last|this|next) year\\b';
const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };
/** A weekday a few words after a clock time: "10:35 a.m. (0735 GMT) Friday". */
const WEEKDAY_AFTER = new RegExp(`^\\s*(?:\\([^)]{0,20}\\)\\s*)?(?:on\\s+)?(${WEEKDAY_RE})\\b`);

/**
 * Happenings that are held on a day fixed beforehand (a parade, a vote, talks), as the noun after a possessive
 * weekday ("Saturday's parade"): in a future clause they lie ahead. An outcome ("Monday's ruling", "decision",
 * "attack", "Sunday's election results") exists only once it has happened, whatever the clause's tense.
 */
const SCHEDULED_NOUN =
	/^\s+(?:(?:[a-z-]+|\p{Lu}\p{L}+)\s+){0,2}?(?:parades?|march(?:es)?|rall(?:y|ies)|protests?|demonstrations?|meetings?|summits?|talks|negotiations|sessions?|hearings?|votes?|voting|ballots?|elections?|polls?|referendum|primar(?:y|ies)|runoff|debates?|games?|match(?:es)?|finals?|races?|ceremon(?:y|ies)|inauguration|funerals?|services?|concerts?|festival|celebrations?|visit|trip|launch|opening|deadline|auction|conference|congress|convention|strike|walkout|sitting)\b(?!\s+(?:results?|outcomes?|winners?|losers?|count|returns|aftermath|violence|attack|shooting|crash|defeat|victory|loss)\b)/u;

/**
 * "struck at 0108 Sunday local time", told on Saturday: where it happened (Sichuan, Samoa) the next day had begun,
 * so a weekday in local time that is the day after publication is that day, not last week's.
 */
const LOCAL_TIME = /^\s*\(?local time\b/i;
const localNextDay = (wd: number, pub: number, after: string) => (wd === (weekday(pub) + 1) % 7 && LOCAL_TIME.test(after) ? pub + 1 : null);

/** Words that number things, before a number that is then no year ("House Bill 1776"; but "the Finance Bill 2022" is its year's). */
const NUMBERED_BEFORE = /\b(?:[Rr]esolution|[Ff]light|[Rr]oute|[Hh]ighway|[Aa]rticle|[Ss]ection|[Cc]hapter|[Rr]oom|[Pp]age|[Nn]o\.|[Nn]umber|(?:House|Senate|Assembly) [Bb]ill)\s$/;
/** A count a toll or a tally reaches: "the death toll has reached 1700", "the tally rose to 1,200 … 1500". */
const COUNT_BEFORE = /\b(?:toll|tally|total|count)\b(?:[^.;:]|\.\d){0,90}?\b(?:reached|reaches|hit|hits|passed|topped|exceeded|surpassed|to|at|of|is|was|stands|stood)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$/i;

/**
 * A year that ends a name: "Windows Server 2003", "the Paris 2024 Olympics", "Orion 1980" (as TimeML has it, no
 * date). A capitalised word before a year is a name's unless it is one that leads a date ("In 2003", "Christmas
 * 2003", "fiscal 2003") or a law's, which carries its year ("the Finance Bill 2022").
 */
function isNamesYear(text: string, start: number): boolean {
	const word = /(?:^|[^\p{L}.])(\p{Lu}[\p{L}&-]*)\s$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
	return !!word && !DATE_LEADS.has(word.toLowerCase()) && !WEEKDAYS[word.toLowerCase()] && !monthNumber(word);
}
const DATE_LEADS = new Set(
	(
		'in on at by since until till from to of for during before after and or but through between the a an that this its his her their our ' +
		'late early mid around about circa fiscal fy calendar year spring summer autumn fall winter christmas easter ramadan eid diwali hanukkah ' +
		'act bill budget ordinance rules regulations amendment'
	).split(' ')
);

/** A weekday as what is declared: "declared Sunday a day of mourning", "named Friday a public holiday". */
const DECLARED_BEFORE = /\b(?:declared|declares|declare|proclaimed|proclaims|designated|designates|named|names)\s+$/;
const DECLARED_AS = /^\s+(?:as\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:day|holiday)\b/;

/** "st" for 1, 21, 31; "nd" for 2, 22; "rd" for 3, 23; else "th". */
const ordinalSuffix = (d: number) => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

/** The prepositions an ordinal day ("on the 14th") follows. */
const ORDINAL_LEAD = /\b(?:on|by|until|till|from|since|before|after|through|to|and)\s+$/;

/** A day of a month, resolving a missing year from publication and tense; null if impossible. */
function monthDay(g: Record<string, string | undefined>, ctx: RuleContext, d: string | undefined): number | null {
	const month = monthNumber(g.mon ?? '');
	const day = Number(d);
	if (!month || !day || day > 31) return null;
	const year = g.y ? +g.y : ctx.pub === null ? null : g.ry ? ymd(ctx.pub)[0] + YEAR_SHIFT[g.ry] : yearOfDay(month, day, ctx.pub, ctx.tense);
	if (year === null) return null;
	return parseDay(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/**
 * Bare "May" and "March" are dates only where a preposition or modifier says
 * so ("in May", "since March") or a month before them makes a period ("January-March"); otherwise they are a
 * person or a verb.
 */
const DATE_LEAD = new RegExp(
	String.raw`(?:\b${MONTH_FULL}\s*[-–]|\b(?:in|on|since|until|till|by|during|from|through|to|of|between|and|before|after|early|late|mid|end of|last|this|next|or|around|as of|for)|\bmid-)\s*$`,
	'i'
);

/**
 * "the March accession", "the May elections": after a determiner, before a lower-case noun, the month qualifies it
 * (but "the May government" is Theresa May's).
 */
function monthModifier(text: string, start: number, match: string): boolean {
	const after = text.slice(start + match.length, start + match.length + 20);
	return /\b(?:the|this|its|their|a)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && /^\s+[a-z]{3,}\b/.test(after) && !/^\s+(?:government|administration|cabinet|team|era|years|camp|ministry|and|or|to|of|on|in)\b/.test(after);
}

/** The words between a span's two weekdays, and the word that opens it with the first: "between Friday and Sunday". */
const SPAN_END_GAP = /^\s*(?:and|to|through|until|till|-|–)\s*$/i;
const SPAN_START = /\b(?:between|from)\s+\p{L}+\s*$/iu;

export const ABSOLUTE_RULES: Rule[] = [
	// "May 16-22" is two mentions, as TimeML annotates it ("May 16", then "22" below), which ranges.ts joins for
	// events; with its year after it ("March 17-20 last year"), one, as the year is the first day's too.
	rule('month-day', `(?:${WEEKDAY_RE},?\\s+)?\\b(?<mon>${MONTH_RE})\\s+${D}(?:\\s*(?:-|–|to|through)\\s*(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?(?=,?\\s+(?:1[0-9]|20)\\d\\d\\b|\\s+(?:last|this|next) year\\b))?(?:,?\\s+${Y}|${RY})?(?!\\d|:\\d)`, 'g', (g, ctx) => {
		const first = monthDay(g, ctx, g.d);
		if (first === null) return null;
		if (g.d2) {
			const last = monthDay(g, ctx, g.d2);
			return last !== null && last > first ? rangeValue(first, last) : null;
		}
		return dayValue(first);
	}),
	// "Monday the 7th of March" is one day: the weekday names it, it counts no week from publication. "10-13 August",
	// "10-13th of August" are the days between.
	rule('day-month', `(?:\\b${WEEKDAY_RE},?\\s+(?:the\\s+)?)?\\b(?:(?<d0>[0-3]?\\d)(?:st|nd|rd|th)?\\s*[-–]\\s*)?${D}\\s+(?:of\\s+)?(?<mon>${MONTH_RE})(?:,?\\s+${Y}|${RY})?\\b`, 'g', (g, ctx) => {
		const day = monthDay(g, ctx, g.d);
		if (day === null) return null;
		const first = g.d0 ? monthDay(g, ctx, g.d0) : null;
		return first !== null && first < day ? rangeValue(first, day) : dayValue(day);
	}),
	rule('month-year', `\\b(?:(?:${cap('early|late|mid|the end of|the beginning of|the middle of|the start of')})[\\s-]+)?(?<mon>${MONTH_RE}),?\\s+(?:of\\s+)?${Y}\\b`, 'g', (g) =>
		monthValue(+g.y!, monthNumber(g.mon!))
	),
	rule('month', `\\b(?:(?<mod>${cap('early|late|mid|the end of|the beginning of|the middle of|the start of|the first half of|the second half of')})[\\s-]+)?(?:(?<rel>${cap('last|this|next|this past|this coming')})\\s+)?(?<mon>${MONTH_FULL})(?:\\s+(?<ry>last|this|next) year)?\\b(?![\\s-]*\\d)`, 'g', (g, ctx, match) => {
		const month = monthNumber(g.mon!);
		if (month === 5 || month === 3) {
			if (!g.mod && !g.rel && !g.ry && !DATE_LEAD.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) && !monthModifier(ctx.text, ctx.start, match)) return null;
			// "to March on Washington": the verb, whatever precedes it.
			if (/^\s+(?:on|against|through|past|into)\s+(?:the\s+)?\p{Lu}/u.test(ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 30))) return null;
		}
		if (ctx.pub === null) return null;
		const rel = g.rel?.toLowerCase();
		const [py, pm] = [new Date(ctx.pub * 864e5).getUTCFullYear(), new Date(ctx.pub * 864e5).getUTCMonth() + 1];
		let year: number;
		if (g.ry) year = py + (g.ry === 'last' ? -1 : g.ry === 'next' ? 1 : 0);
		else if (rel === 'last' || rel === 'this past') year = month < pm ? py : py - 1;
		else if (rel === 'next' || rel === 'this coming') year = month > pm ? py : py + 1;
		else if (rel === 'this') year = py;
		// "since March" has begun: it lies in the past whatever the tense of the clause.
		else if (/\bsince\s+$/i.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))) year = month <= pm ? py : py - 1;
		// "pay down the loan by February": a deadline lies ahead, unless told in the past perfect ("by May they had left").
		else if (/\bby\s+(?:early\s+|late\s+|mid-)?$/i.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) && !/\bhad\b/i.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start + match.length + 40))) year = yearOfMonth(month, ctx.pub, 'future');
		else year = yearOfMonth(month, ctx.pub, ctx.tense);
		return monthValue(year, month);
	}),
	rule('weekday', `\\b(?:(?<rel>${cap('last|this|next|this past|this coming|the previous|the following|early|late|earlier|later')})\\s+)?(?<wd>${WEEKDAY_RE})(?:'s)?(?:\\s+(?<part>morning|afternoon|evening|night))?\\b`, 'g', (g, ctx, match) => {
		if (ctx.pub === null) return null;
		const wd = WEEKDAYS[g.wd!.toLowerCase()];
		const rel = g.rel?.toLowerCase();
		// "the previous Friday" counts from the day under discussion, not from publication.
		const from = rel === 'the previous' || rel === 'the following' ? dayUnderDiscussion(ctx.anchor, ctx.pub) : ctx.pub;
		if (rel === 'last' || rel === 'this past' || rel === 'the previous') return dayValue(dayOfWeekday(wd, from, 'past', true));
		if (rel === 'next' || rel === 'this coming' || rel === 'the following') return dayValue(dayOfWeekday(wd, from, 'future', true));
		// "Wednesday's ruling": a possessive weekday names something that has happened — unless it names a
		// happening a plan looks ahead to ("will watch Saturday's parade"), in a clause told in the future.
		// "declared Sunday a day of national mourning": the day declared lies ahead, however the declaring is told.
		if (DECLARED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start)) && DECLARED_AS.test(ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 50))) {
			return dayValue(dayOfWeekday(wd, ctx.pub, 'future'));
		}
		if (/'s$/.test(match)) {
			// "since Thursday's vote" has happened, whatever the clause foretells.
			const since = /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start));
			const ahead = !since && ctx.tense === 'future' && SCHEDULED_NOUN.test(ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 40));
			return dayValue(dayOfWeekday(wd, ctx.pub, ahead ? 'future' : 'past'));
		}
		// "between Friday and Sunday", "from Monday to Wednesday": the end of the span is the first such day after its start.
		if (!rel && ctx.lastDate?.granularity === 'day' && SPAN_END_GAP.test(ctx.text.slice(ctx.lastEnd, ctx.start))) {
			const lead = ctx.text.slice(Math.max(0, ctx.lastEnd - 30), ctx.lastEnd);
			const start = parseDay(ctx.lastDate.value);
			if (start !== null && SPAN_START.test(lead)) return dayValue(dayOfWeekday(wd, start, 'future'));
		}
		// A plan's days follow one another: "Saturday in East London and Sunday in Port Elizabeth", told on a Sunday,
		// is next Sunday, the day after the Saturday just told — a day of the coming week, as a weekday names: "the
		// March 23-April 5 fixtures set to be released on Tuesday", told in February, are released this Tuesday.
		const planned = ctx.tense === 'future' && ctx.anchorHere && ctx.anchor?.granularity === 'day' ? parseDay(ctx.anchor.value) : null;
		if (planned !== null && planned >= ctx.pub && planned - ctx.pub < 7) return dayValue(dayOfWeekday(wd, planned, 'future'));
		const local = localNextDay(wd, ctx.pub, ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 16));
		// Told in the present, with no verb to point it, the nearer of the two, the coming one counted twice as far:
		// "INDEC publishes inflation data Friday", told on a Wednesday, is this Friday; a Thursday told on a Monday, the last.
		if (!local && ctx.tense === 'present') {
			const back = dayOfWeekday(wd, ctx.pub, 'past'), ahead = dayOfWeekday(wd, ctx.pub, 'future');
			return dayValue(2 * (ahead - ctx.pub) < ctx.pub - back ? ahead : back);
		}
		return dayValue(local ?? dayOfWeekday(wd, ctx.pub, directionOf(ctx.tense)));
	}),
	// "April 24 and 25", "May 16-22": the second day, a mention of its own (as TimeML annotates it), in the first one's month.
	// A noun after the number makes it a count ("24 and 25 people"); a preposition does not ("June 16 and 17 in Egypt").
	rule('and-day', `(?<=\\b(?:and|or|to|through) |\\d\\s?[-–]\\s?)(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?![\\d.,:%]\\d|\\s*(?:${MONTH_RE}|percent|per cent)|\\s+(?!(?:in|on|at|to|for|as|after|before|by|with|when|while|and|or|the)\\b)[a-z])`, 'g', (g, ctx) => {
		const before = ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start);
		const first = /\b(?:[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?:and|or|to|through) |\s?[-–]\s?)$/.exec(before);
		if (!first || ctx.anchor?.granularity !== 'day') return null;
		const [y, m, d] = ctx.anchor.value.split('-').map(Number);
		// The first day must be the date just read ("April 24"), and the second after it.
		if (+first[0].match(/\d+/)![0] !== d || +g.d! <= d) return null;
		const day = parseDay(`${y}-${String(m).padStart(2, '0')}-${String(+g.d!).padStart(2, '0')}`);
		return day === null ? null : dayValue(day);
	}),
	// "on the 14th": a day of the month under discussion (a date just named), else of publication's month or the one
	// before or after it as the tense points. Only after a preposition and before no noun ("the 14th century", "floor").
	rule('ordinal-day', `\\bthe\\s+(?<d>[1-3]?\\d)(?<suffix>st|nd|rd|th)\\b(?=\\s*(?:[.,;:!?)"”]|$)|\\s+(?:and|or|at|when|but|as|after|before|with|in|to|of\\s+(?<rel>this|next|last)\\s+month)\\b)`, 'g', (g, ctx) => {
		const d = +g.d!;
		if (d < 1 || d > 31 || g.suffix !== ordinalSuffix(d)) return null;
		// Looked back at here, a few characters only: a lookbehind would scan back over a whole run of spaces from each "the".
		if (!ORDINAL_LEAD.test(ctx.text.slice(Math.max(0, ctx.start - 10), ctx.start))) return null;
		let y: number;
		let m: number;
		if (ctx.anchor && ctx.anchorNear && (ctx.anchor.granularity === 'day' || ctx.anchor.granularity === 'month') && !g.rel) {
			[y, m] = ctx.anchor.value.split('-').map(Number);
		} else {
			if (ctx.pub === null) return null;
			const [py, pm, pd] = ymd(ctx.pub);
			const shift = g.rel ? { last: -1, this: 0, next: 1 }[g.rel]! : ctx.tense === 'future' ? (d < pd ? 1 : 0) : ctx.tense === 'past' ? (d > pd ? -1 : 0) : 0;
			[y, m] = ymd(utcDay(py, pm + shift, 1));
		}
		const day = parseDay(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
		return day === null ? null : dayValue(day);
	}),
	// "high noon" is an idiom, not a time of day.
	// "10:35 a.m.", "7 o'clock", "noon", and a 24-hour time with its zone: "12:38 BST", "1630 AEST" (not one in brackets converting another).
	rule('clock', `(?<!\\b[Hh]igh )\\b(?:around\\s+)?(?:\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)|\\d{1,2}\\s+o['’]clock\\b|(?<!\\(\\s?)(?:[0-2]?\\d:[0-5]\\d|[0-2]\\d[0-5]\\d)(?=\\s*\\(?(?:[A-Z]{2,4}T|GMT|UTC)\\b)|noon|midnight|midday)(?:\\s*\\(?(?:[A-Z]{2,4}T|GMT|UTC)\\)?)?(?:,?\\s+(?:on\\s+)?(?:(?<wd>${WEEKDAY_RE})\\b|(?<mon>${MONTH_RE})\\s+(?<d>[0-3]?\\d)\\b|(?<d2>[0-3]?\\d)\\s+(?<mon2>${MONTH_RE})\\b))?`, 'g', (g, ctx, match) => {
		if (ctx.pub === null) return null;
		// "at midnight on February 27", "6 a.m. on 3 March": the day named after the time.
		if (g.mon || g.mon2) {
			const day = monthDay({ ...g, mon: g.mon ?? g.mon2 }, ctx, g.d ?? g.d2);
			return day === null ? null : dayValue(day);
		}
		// "10:35 a.m. (0735 GMT) Friday": the weekday a few words on names the day.
		const wd = g.wd ?? WEEKDAY_AFTER.exec(ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 40))?.[1];
		if (wd) return dayValue(dayOfWeekday(WEEKDAYS[wd.toLowerCase()], ctx.pub, directionOf(ctx.tense)));
		// A bare clock time belongs to the day under discussion, else to publication day — unless it is
		// told in the past ("was shot at 10 p.m."), when the day could be any before publication.
		if (ctx.anchor?.granularity === 'day' && ctx.anchorNear) return ctx.anchor;
		return ctx.tense === 'past' ? null : dayValue(ctx.pub);
	}),
	rule('iso-day', `\\b(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)\\b`, 'g', (g) => {
		const day = parseDay(`${g.y}-${g.m}-${g.d}`);
		return day === null ? null : dayValue(day);
	}),
	rule('us-numeric-day', `\\b(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\\d|0?[1-9])/(?<y>(?:19|20)?\\d\\d)\\b`, 'g', (g) => {
		const y = g.y!.length === 2 ? (+g.y! > 50 ? 1900 : 2000) + +g.y! : +g.y!;
		const day = parseDay(`${y}-${g.m!.padStart(2, '0')}-${g.d!.padStart(2, '0')}`);
		return day === null ? null : dayValue(day);
	}),
	// "2010-2013" is one expression; "from 2001 to 2004" is two dates joined (dates/ranges.ts).
	rule('year-range', `\\b(?<y>(?:1[0-9]|20)\\d\\d)\\s*(?:-|–)\\s*(?<y2>(?:1[0-9]|20)?\\d\\d)\\b(?!\\s*%)`, 'g', (g) => {
		const y1 = +g.y!;
		const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + +g.y2! : +g.y2!;
		return y2 > y1 && y2 - y1 < 100 ? rangeValue(utcDay(y1), utcDay(y2 + 1) - 1) : null;
	}),
	rule('year', `(?<![\\d$£€.,#/-]|\\b(?!post|pre|mid)\\w+-)(?:\\b(?:${cap('fiscal|calendar|the end of|early|late|mid|year|post|pre')})[\\s-]+)?\\b${Y}\\b(?![\\d%]|,\\d|\\.\\d|'?s\\b|-\\d|\\s*(?:percent|per cent)|\\s+${COUNTED}|${CLOCK_ZONE})`, 'g', (g, ctx) =>
		// A number after a word that numbers things is no year: "resolution 1718", "Flight 1549", "Route 1776"; nor is
		// the count a toll reaches.
		NUMBERED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) || COUNT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 130), ctx.start)) || isNamesYear(ctx.text, ctx.start)
			? null
			: yearValue(+g.y!)
	),
	rule('decade', `(?:\\b${cap('the')}\\s+)?(?:\\b(?:${cap('early|mid|late')})[\\s-]+)?(?:\\b(?<dec>(?:1[0-9]|20)\\d0)'?s\\b|'(?<short>\\d0)s\\b|\\b(?<word>${cap('twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties')})\\b)`, 'g', (g, ctx) => {
		// "the 1800s" is a century, as "the 19th century" is; "the 2000s" the decade.
		if (g.dec && +g.dec % 100 === 0 && +g.dec < 2000) return centuryValue(+g.dec / 100);
		if (g.dec) return decadeValue(+g.dec);
		if (g.short) return decadeValue(1900 + +g.short);
		// "the nineties" needs "the": a bare "nineties" is an age or a temperature.
		if (!/^the/i.test(ctx.text.slice(ctx.start, ctx.start + 3))) return null;
		return decadeValue(1900 + DECADE_WORDS[g.word!.toLowerCase()]);
	}),
	rule('century', `\\b(?:${cap('the')}\\s+)?(?<c>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century\\b`, 'g', (g) => centuryValue(+g.c! - 1))
];
