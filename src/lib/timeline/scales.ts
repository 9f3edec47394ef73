import { max } from 'd3-array';
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcSunday, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { dayToDate, dateToDay } from '$lib/domain/days';

/** Space around a chart for its axis labels. */
export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A UTC time scale over whole days: day `first` starts at the left edge and day `last` ends at the right edge. */
export function dayScale(first: number, last: number, x0: number, x1: number): ScaleTime<number, number> {
	return scaleUtc()
		.domain([dayToDate(first), dayToDate(Math.max(last, first) + 1)])
		.range([x0, Math.max(x0 + 1, x1)]);
}

/** Left edge of a day, and the day under a pixel. */
export const dayX = (x: ScaleTime<number, number>, day: number) => x(dayToDate(day));
export const xDay = (x: ScaleTime<number, number>, px: number) => dateToDay(x.invert(px));

/** Roughly one tick per 90 px, so labels never collide. */
export function tickCount(width: number): number {
	return Math.max(2, Math.floor(width / 90));
}

export interface Tick {
	/** Milliseconds since the epoch: the tick's identity while a brush moves it. */
	time: number;
	x: number;
	label: string;
	/** The first day of a year, drawn with a stronger gridline. */
	year: boolean;
}

// Made once: a d3 time scale makes these formats afresh with every scale, and a brush makes a scale per frame.
const formatDayOfWeek = utcFormat('%a %d');
const formatWeek = utcFormat('%b %d');
const formatMonth = utcFormat('%B');
const formatYear = utcFormat('%Y');

/** The label d3 would give a tick: the coarsest unit it starts ("2014", "March", "Mar 02", "Sun 02"). */
function tickLabel(date: Date): string {
	if (utcMonth.floor(date) < date) return (utcSunday.floor(date) < date ? formatDayOfWeek : formatWeek)(date);
	return (utcYear.floor(date) < date ? formatMonth : formatYear)(date);
}

/** The axis ticks of a day scale: whole days only, never hours, however narrow the window. */
export function dayTicks(x: ScaleTime<number, number>): Tick[] {
	const [x0, x1] = x.range();
	return x
		.ticks(tickCount(x1 - x0))
		.filter((date) => +utcDay.floor(date) === +date)
		.map((date) => ({ time: +date, x: x(date), label: tickLabel(date), year: +utcYear.floor(date) === +date }));
}

/**
 * The event mass in each of `bins` equal slices of [first, last + 1) days, from
 * cumulative sums (`cumulative[d]` = mass before day `minDay + d`). Two lookups per bin.
 */
export function binDensity(cumulative: Float64Array, minDay: number, first: number, last: number, bins: number): Float64Array {
	const out = new Float64Array(bins);
	const at = (day: number) => {
		const d = Math.min(Math.max(day - minDay, 0), cumulative.length - 1);
		const whole = Math.floor(d);
		const next = Math.min(whole + 1, cumulative.length - 1);
		return cumulative[whole] + (cumulative[next] - cumulative[whole]) * (d - whole);
	};
	const span = (last + 1 - first) / bins;
	for (let i = 0; i < bins; i++) out[i] = at(first + (i + 1) * span) - at(first + i * span);
	return out;
}

/** The width of a density's bins, in pixels. */
const BIN_PX = 3;

/** The event mass under each BIN_PX pixels of `x`'s range, from cumulative sums as in `binDensity`. */
export function densityBins(x: ScaleTime<number, number>, cumulative: Float64Array, minDay: number): Float64Array {
	const [x0, x1] = x.range();
	return binDensity(cumulative, minDay, xDay(x, x0), xDay(x, x1) - 1, Math.max(1, Math.floor((x1 - x0) / BIN_PX)));
}

/**
 * The vertical scale of densities drawn over `top`..`bottom`: the highest of `bins` reaches
 * the top, and higher ones are cut off there. A chart without events still has a scale.
 */
export function densityScale(bins: Float64Array, top: number, bottom: number): ScaleLinear<number, number> {
	// d3's max, not Math.max(...bins): spreading hundreds of bins on every brush frame is slow.
	return scaleLinear()
		.domain([0, Math.max(1e-9, max(bins) ?? 0)])
		.range([bottom, top])
		.clamp(true);
}
