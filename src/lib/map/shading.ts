import { interpolateBlues } from 'd3-scale-chromatic';

/** Number of colour classes: few enough to tell apart, and to leave most countries unchanged while brushing. */
const CLASSES = 7;
/** The colour of each class, lightest first. */
export const SHADES: readonly string[] = Array.from({ length: CLASSES }, (_, i) => interpolateBlues(0.25 + (0.7 * (i + 1)) / CLASSES));

/** The class that gives a shape the colour SHADES[index]. */
export const shadeClass = (index: number) => `shade-${index}`;

/**
 * The rules of the shade classes, one per colour of SHADES, for shapes inside `scope` (a
 * selector). Made here, from the same table, so that the number of classes and their rules
 * cannot fall out of step. The colour is a class, not a `fill` attribute: see `CountryLayer`.
 */
export function shadeRules(scope: string): string {
	return SHADES.map((colour, i) => `${scope} .${shadeClass(i)} { fill: ${colour}; }`).join('\n');
}

/**
 * The top of the scale: the largest count rounded up to 1, 2 or 5 times a power
 * of ten. A brush moves the largest count on every frame; rounded, the classes
 * hold still and only the countries that cross a class boundary are repainted.
 */
export function scaleTop(maxCount: number): number {
	const power = 10 ** Math.floor(Math.log10(Math.max(1, maxCount)));
	return [1, 2, 5, 10].map((m) => m * power).find((top) => top >= maxCount)!;
}

/** A count rounded to one significant digit, so the legend reads "30+", not "27+". */
const roundNumber = (n: number) => {
	const power = 10 ** Math.floor(Math.log10(n));
	return Math.round(n / power) * power;
};

/**
 * The smallest count of each of the CLASSES classes, equal steps of a log scale
 * from 1 to `scaleTop(maxCount)`: a few countries (Russia, China, the US here)
 * carry most events and would flatten a linear scale. Small scales repeat a floor.
 */
function floorsOf(maxCount: number): number[] {
	const top = Math.log(scaleTop(maxCount));
	return Array.from({ length: CLASSES }, (_, i) => Math.max(1, roundNumber(Math.exp((i * top) / CLASSES))));
}

/** Colour class by number of events: an index into SHADES, or -1 for no event (the theme's land colour). */
export function shade(maxCount: number): (count: number) => number {
	const floors = floorsOf(maxCount);
	return (count) => {
		if (count <= 0) return -1;
		let i = CLASSES - 1;
		while (floors[i] > count) i--;
		return i;
	};
}

/** The smallest count of each colour class in use, for the legend. */
export function classFloors(maxCount: number): number[] {
	return [...new Set(floorsOf(maxCount))].filter((n) => n <= Math.max(1, maxCount));
}
