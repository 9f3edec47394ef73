import { interpolateBlues } from 'd3-scale-chromatic';
import { scaleSequentialLog } from 'd3-scale';

/**
 * Fill colour by number of events. A log scale, because a few countries
 * (Russia, China, the US here) carry most events and would flatten the rest.
 */
export function shade(maxCount: number): (count: number) => string {
	const scale = scaleSequentialLog((t) => interpolateBlues(0.25 + 0.7 * t)).domain([1, Math.max(2, maxCount)]);
	return (count) => (count > 0 ? scale(count) : 'transparent');
}
