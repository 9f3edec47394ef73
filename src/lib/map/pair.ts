/** Two countries involved in the same events, drawn as an arc on the map. */
export interface Pair {
	a: string;
	b: string;
	/** Number of events the two countries share. */
	weight: number;
}

/** Arcs drawn on the map at most: the heaviest pairs; more would hide the map and cost a frame. */
export const MAX_PAIRS = 30;
