import { describe, expect, it } from 'vitest';
import { heldPeak, restedPeak } from './held-scale';

/** The peaks of a run of views, each its largest count and whether the scale is held, as the map folds them. */
function peaks(views: [largest: number, holding: boolean][]): number[] {
	let rested = 0;
	return views.map(([largest, holding]) => {
		const peak = heldPeak(largest, holding, rested);
		rested = restedPeak(largest, holding, rested);
		return peak;
	});
}

describe('heldPeak', () => {
	it('fits the view while nothing holds it', () => {
		expect(peaks([[120, false], [40, false], [300, false]])).toEqual([120, 40, 300]);
	});
	it('holds the scale of the view before the drag, not of its first frame, and fits again when it ends', () => {
		// The whole period (largest 500), then a window brushed out of it that grows, then let go.
		expect(peaks([[500, false], [3, true], [80, true], [700, true], [90, false]])).toEqual([500, 500, 500, 500, 90]);
	});
	it('holds each drag to the view just before it', () => {
		expect(peaks([[500, false], [20, true], [60, false], [10, true], [15, false]])).toEqual([500, 500, 60, 60, 15]);
	});
	it('has no scale to hold after a view without events', () => {
		expect(peaks([[0, false], [7, true], [12, true]])).toEqual([0, 7, 12]);
	});
});
