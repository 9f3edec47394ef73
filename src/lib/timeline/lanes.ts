/**
 * Packs horizontal marks into as few rows as possible so none overlap:
 * each mark takes the first lane that is free at its left edge.
 * `intervals` are pixel extents [x0, x1] sorted by x0; returns a lane per mark.
 * Marks beyond `maxLanes` share the last lane (the overview shows their density anyway).
 */
export function packLanes(intervals: [number, number][], gap = 2, maxLanes = Infinity): number[] {
	const laneEnds: number[] = [];
	return intervals.map(([x0, x1]) => {
		let lane = laneEnds.findIndex((end) => end + gap <= x0);
		if (lane === -1) lane = laneEnds.length < maxLanes ? laneEnds.length : maxLanes - 1;
		laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, x1);
		return lane;
	});
}
