import { formatCount } from '$lib/domain/format';
import { countryName } from '$lib/geo/codes';

/** Two countries involved in the same events, drawn as an arc on the map. */
export interface Pair {
	a: string;
	b: string;
	/** Number of events the two countries share. */
	weight: number;
}

/** Arcs drawn on the map at most: the heaviest pairs; more would hide the map and cost a frame. */
export const MAX_PAIRS = 30;

/** The same key for a pair whichever way round it is given. */
export const pairKey = ({ a, b }: Pair) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** An arc's width in pixels: thin for one shared event, up to 4.25 for the `heaviest` pair, by area. */
export const arcWidth = (weight: number, heaviest: number) => 0.75 + 3.5 * Math.sqrt(weight / Math.max(1, heaviest));

export const arcLabel = ({ a, b, weight }: Pair) => `${countryName(a)} – ${countryName(b)}: ${formatCount(weight)} shared events`;
