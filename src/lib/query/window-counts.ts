/**
 * The one question a brush frame or a click asks of an index, whichever index answers
 * it (the whole table, a selection, one country's events): how many of its events
 * overlap a window, for each country and in all.
 */
export interface WindowCounts {
	/**
	 * Writes into `out[k]`, for every country id k, how many of the events overlapping
	 * [from, to] involve country k, and returns how many events overlap it in all.
	 * Days are UTC day numbers, both ends included: an event overlaps when its first
	 * day is ≤ to and its last day ≥ from. `out` is the caller's, so that a gesture's
	 * frames allocate nothing; it needs one place per country.
	 */
	countsInWindow(from: number, to: number, out: Float64Array): number;
}
