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
 * Each event over the days it covers (a month-level event spans its month),
 * clipped to the chart, packed into lanes between `top` and `bottom` so that
 * none overlap while there is room.
 */
export function placeMarks(marks: readonly Mark[], x: ScaleTime<number, number>, top: number, bottom: number): PlacedMark[] {
	const [x0, x1] = x.range();
	const extents = marks.map((m): [number, number] => {
		const a = Math.max(x0, dayX(x, m.first));
		const b = Math.min(x1, dayX(x, m.last + 1));
		return [a, Math.max(b, a + MIN_WIDTH)];
	});
	const lanes = packLanes(extents, GAP, Math.max(1, Math.floor((bottom - top) / LANE_MIN)));
	const laneCount = (max(lanes) ?? 0) + 1;
	const pitch = Math.min(LANE_MAX, (bottom - top) / laneCount);
	const height = pitch - (pitch >= 8 ? GAP : 1);
	return marks.map((mark, i) => ({ mark, x: extents[i][0], width: extents[i][1] - extents[i][0], y: top + lanes[i] * pitch, height }));
}

/** The mark under a point, the last drawn (topmost) first; none in the gaps between them. */
export function markAt(placed: readonly PlacedMark[], px: number, py: number): PlacedMark | undefined {
	for (let i = placed.length - 1; i >= 0; i--) {
		const p = placed[i];
		if (px >= p.x && px <= p.x + p.width && py >= p.y && py <= p.y + p.height) return p;
	}
	return undefined;
}
