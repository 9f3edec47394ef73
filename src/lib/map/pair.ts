import { formatCount } from '$lib/domain/format';
import type { CountUnit } from '$lib/domain/stories';
import { countryName } from '$lib/geo/codes';

/** Two countries involved in the same stories, drawn as an arc on the map. */
export interface Pair {
	a: string;
	b: string;
	/** Number of stories the two countries share (or articles telling them, counting coverage). */
	weight: number;
}

/** Arcs drawn on the map at most: the heaviest pairs; more would hide the map and cost a frame. */
export const MAX_PAIRS = 30;

/** The same key for a pair whichever way round it is given. */
export const pairKey = ({ a, b }: Pair) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** An arc's width in pixels: thin for one shared event, up to 4.25 for the `heaviest` pair, by area. */
export const arcWidth = (weight: number, heaviest: number) => 0.75 + 3.5 * Math.sqrt(weight / Math.max(1, heaviest));

export const arcLabel = ({ a, b, weight }: Pair, unit: CountUnit = 'stories') =>
	`${countryName(a)} – ${countryName(b)}: ${formatCount(weight)} ${unit === 'stories' ? 'shared stories' : 'reports of their shared stories'}`;
