import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dayToDate } from '$lib/domain/days';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * The timeline's x scale over whole UTC days: day `first` starts at the left
 * edge and day `last` ends at the right edge. A degenerate domain (one day, or
 * no events) still gets a usable width.
 */
export function dayScale(first: number, last: number, width: number, margin: Margin): ScaleTime<number, number> {
	const end = Math.max(last + 1, first + 1);
	return scaleUtc()
		.domain([dayToDate(first), dayToDate(end)])
		.range([margin.left, Math.max(margin.left + 1, width - margin.right)]);
}

/** Roughly one tick per 90 px, so labels never collide. */
export function tickCount(width: number): number {
	return Math.max(2, Math.floor(width / 90));
}
