/** Words of the date grammar: month and weekday names, number words, seasons. */
import type { Season } from './calendar';

/** Month names and their news abbreviations (AP style: "Aug.", "Sept."), 1-based. */
export const MONTHS: Record<string, number> = {
	january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
	july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
	jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12
};

/** Regex source for a month name; capitalised only, so "may" the verb never matches. */
export const MONTH_RE =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** Full month names only, capitalised: a bare abbreviation ("Mar") is too often something else. */
export const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

export const monthNumber = (word: string): number => MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;

/** 0 = Sunday, as days.weekday returns. */
export const WEEKDAYS: Record<string, number> = {
	sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6
};
export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|SUNDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY)';

export const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';

const SMALL: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
	nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
	hundred: 100, couple: 2
};
export const NUMBER_RE =
	'(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a couple of)';

/** "two" → 2, "a few" → 3 (as careful annotators count "a few years ago"). */
export function numberValue(words: string): number {
	const w = words.toLowerCase().replace(/^a (?=few|couple|hundred)/, '').replace(/ of$/, '');
	if (/^\d+$/.test(w)) return +w;
	return SMALL[w] ?? 0;
}

export const ORDINALS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4
};

/** Decade words: "the nineties" → 1990. */
export const DECADE_WORDS: Record<string, number> = {
	twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90
};

export const UNITS: Record<string, 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade'> = {
	day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
	quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year', decade: 'decade', decades: 'decade'
};
