import { max } from 'd3-array';
import type { ScaleTime } from 'd3-scale';
import { packLanes } from './lanes';
import type { Mark } from './mark';
import { dayX } from './scales';

/** A mark with its rectangle in the chart's pixels. */
export interface PlacedMark {
	mark: Mark;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Narrow enough for a day, wide enough to point at. */
const MIN_WIDTH = 5;
/**
 * Lanes are at most this tall (fewer marks are not drawn taller) and at least
 * LANE_MIN: many overlapping events are drawn thinner, down to 3 pixels, before
 * the ones left over have to share the last lane, where they would hide each other.
 */
const LANE_MAX = 14;
const LANE_MIN = 4;
/** Between neighbours in a lane, and between lanes while they are at least 8 pixels tall. */
const GAP = 2;
/**
 * A mark's height grows with its weight (its sources), on a log scale: a story told by one
 * outlet fills WEIGHT_FLOOR of its lane, one told by WEIGHT_FULL or more fills it. Never
 * thinner than MIN_HEIGHT, so that every story stays visible and can be pointed at.
 */
const WEIGHT_FLOOR = 0.4;
const WEIGHT_FULL = 8;
const MIN_HEIGHT = 3;
/** The band of stories far coarser than the window (see `domain/context.ts`): one collapsed row above the lanes, with their count written on it. */
export const CONTEXT_BAND = 13;

/** The pixels a mark covers along the axis: its days, clipped to the chart, at least MIN_WIDTH. */
function extentOf(m: Mark, x: ScaleTime<number, number>): [number, number] {
	const [x0, x1] = x.range();
	const a = Math.max(x0, dayX(x, m.first));
	const b = Math.min(x1, dayX(x, m.last + 1));
	return [a, Math.max(b, a + MIN_WIDTH)];
}

/**
 * Whether any of a mark's days are on the chart: the list may hold stories outside the days the chart
 * shows (unzoomed, it shows the years holding the bulk of them), which are not drawn piled at its edge.
 */
function onChart(m: Mark, x: ScaleTime<number, number>): boolean {
	const [x0, x1] = x.range();
	return dayX(x, m.last + 1) > x0 && dayX(x, m.first) < x1;
}

/** The share of its lane a mark of this weight fills (see WEIGHT_FLOOR). */
export function weightShare(weight: number): number {
	const grown = Math.log(Math.max(1, weight)) / Math.log(WEIGHT_FULL);
	return WEIGHT_FLOOR + (1 - WEIGHT_FLOOR) * Math.min(1, grown);
}

/**
 * Each story over the days it covers (a month-level story spans its month),
 * clipped to the chart, packed into lanes between `top` and `bottom` so that
 * none overlap while there is room; its height in the lane says how many sources
 * tell it (see `weightShare`), centred on the lane's middle.
 */
export function placeMarks(all: readonly Mark[], x: ScaleTime<number, number>, top: number, bottom: number): PlacedMark[] {
	const marks = all.filter((m) => onChart(m, x));
	const extents = marks.map((m) => extentOf(m, x));
	const lanes = packLanes(extents, GAP, Math.max(1, Math.floor((bottom - top) / LANE_MIN)));
	const laneCount = (max(lanes) ?? 0) + 1;
	const pitch = Math.min(LANE_MAX, (bottom - top) / laneCount);
	const full = pitch - (pitch >= 8 ? GAP : 1);
	return marks.map((mark, i) => {
		const height = Math.max(Math.min(MIN_HEIGHT, full), full * weightShare(mark.weight));
		return { mark, x: extents[i][0], width: extents[i][1] - extents[i][0], y: top + lanes[i] * pitch + (full - height) / 2, height };
	});
}

/**
 * The stories far coarser than the window (context, not content): all in one thin band
 * from `top`, over the days each covers, overlapping one another rather than taking lanes.
 */
export function placeContext(marks: readonly Mark[], x: ScaleTime<number, number>, top: number): PlacedMark[] {
	return marks.filter((m) => onChart(m, x)).map((mark) => {
		const [a, b] = extentOf(mark, x);
		return { mark, x: a, width: b - a, y: top, height: CONTEXT_BAND - 1 };
	});
}

/** The mark under a point, the last drawn (topmost) first; none in the gaps between them. */
export function markAt(placed: readonly PlacedMark[], px: number, py: number): PlacedMark | undefined {
	for (let i = placed.length - 1; i >= 0; i--) {
		const p = placed[i];
		if (px >= p.x && px <= p.x + p.width && py >= p.y && py <= p.y + p.height) return p;
	}
	return undefined;
}
