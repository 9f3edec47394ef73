/** Two countries involved in the same events, drawn as an arc on the map. */
export interface Pair {
	a: string;
	b: string;
	/** Number of events the two countries share. */
	weight: number;
}
