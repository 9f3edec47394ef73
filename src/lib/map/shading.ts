import { interpolateBlues } from 'd3-scale-chromatic';

/** Number of colour classes: few enough to tell apart, and to leave most countries unchanged while brushing. */
const CLASSES = 7;

/**
 * Fill colour by number of events, in CLASSES steps of a log scale: a few
 * countries (Russia, China, the US here) carry most events and would flatten
 * a linear scale. Countries with no event get no fill (the theme's land colour).
 */
export function shade(maxCount: number): (count: number) => string {
	const top = Math.log(Math.max(2, maxCount));
	const colours = Array.from({ length: CLASSES }, (_, i) => interpolateBlues(0.25 + (0.7 * (i + 1)) / CLASSES));
	return (count) => (count > 0 ? colours[Math.min(CLASSES - 1, Math.floor((Math.log(count) / top) * CLASSES))] : 'transparent');
}

/** The smallest count of each colour class, for the legend. */
export function classFloors(maxCount: number): number[] {
	const top = Math.log(Math.max(2, maxCount));
	const floors = Array.from({ length: CLASSES }, (_, i) => Math.ceil(Math.exp((i * top) / CLASSES)));
	return [...new Set(floors)].filter((n) => n <= Math.max(1, maxCount));
}
