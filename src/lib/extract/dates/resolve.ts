/**
 * Choosing the year (or week) of an underspecified date the way a news
 * annotator does: relative to publication, in the direction the tense points.
 */
import { parseDay, utcDay, weekday, ymd } from '../../domain/days';
import type { Resolved } from './calendar';
import type { Tense } from './tense';

/**
 * How far a candidate lies from publication, weighed by the tense: a past
 * statement makes a date after publication unlikely (and vice versa), but
 * not impossible — "by Jan. 14" in an article of Jan. 6 is still next week,
 * not eleven months ago. News style names the year of any date outside the
 * current one, so near candidates win. Ties go to the past.
 */
function cost(delta: number, tense: Tense, futurePastWeight: number, pastFutureWeight: number, presentFutureWeight: number): number {
	const ahead = tense === 'past' ? pastFutureWeight : tense === 'future' ? 1 : presentFutureWeight;
	// What will happen has not happened yet: a future statement all but rules out the past.
	const behind = tense === 'future' ? futurePastWeight : 1;
	return delta > 0 ? delta * ahead : -delta * behind;
}

/**
 * `futurePastWeight`: how strongly a future tense rules out the past, and
 * `pastFutureWeight` a past tense the future. Less for full dates ("on April 8"),
 * whose tense cue may belong to another clause, than for bare months ("will
 * publish in December"; "toppled the president in February", written on
 * 29 December, is ten months back, not two ahead). `presentFutureWeight`: how
 * far a present tense leans back. A bare month told in the present is mostly
 * past ("In January, a week after the anniversary …"); a day is a schedule
 * ("He takes office Dec. 1", written in July, is this December).
 */
function bestYear(py: number, delta: (year: number) => number, tense: Tense, futurePastWeight: number, pastFutureWeight: number, presentFutureWeight: number): number {
	let best = py;
	let bestCost = Infinity;
	for (const y of [py - 1, py, py + 1]) {
		const c = cost(delta(y), tense, futurePastWeight, pastFutureWeight, presentFutureWeight);
		if (c < bestCost) {
			bestCost = c;
			best = y;
		}
	}
	return best;
}

/** Year of a bare month ("in July"), from publication and tense. */
export function yearOfMonth(month: number, pub: number, tense: Tense): number {
	const [py, pm] = ymd(pub);
	return bestYear(py, (y) => (y - py) * 12 + month - pm, tense, 20, 8, 3);
}

/** Year of a month and day without a year ("Aug. 7"). */
export function yearOfDay(month: number, day: number, pub: number, tense: Tense): number {
	const [py] = ymd(pub);
	return bestYear(py, (y) => utcDay(y, month, day) - pub, tense, 8, 4, 1.25);
}

/**
 * The day of a bare weekday: the most recent such day on or before
 * publication in past-tense reporting, the next one on or after in a future
 * statement. `strict` skips publication day itself ("last Friday", "next Friday").
 */
export function dayOfWeekday(wd: number, pub: number, direction: 'past' | 'future', strict = false): number {
	const today = weekday(pub);
	if (direction === 'future') {
		let delta = (wd - today + 7) % 7;
		if (delta === 0 && strict) delta = 7;
		return pub + delta;
	}
	let delta = (today - wd + 7) % 7;
	if (delta === 0 && strict) delta = 7;
	return pub - delta;
}

/** Direction of a tense for weekdays: present-tense news reports ("says Monday") look back. */
export const directionOf = (tense: Tense): 'past' | 'future' => (tense === 'future' ? 'future' : 'past');

/** What "the previous Friday", "the following weekend" count from: the day just told, else publication. */
export const dayUnderDiscussion = (anchor: Resolved | null, pub: number): number =>
	(anchor?.granularity === 'day' ? parseDay(anchor.value) : null) ?? pub;
