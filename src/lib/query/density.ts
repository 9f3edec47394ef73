import type { IndexColumns } from './event-table';

/**
 * The density of events by day, summed up to each day. Every event is spread
 * evenly over its days (a month-long event weighs 1/30 on each of its days and 1
 * in all: it is never drawn as if it happened on the 1st), and `cumulative[d]`
 * is the mass of the days before minDay + d, so the mass of any days, and so a
 * histogram of any period, costs two lookups per bin (see `binDensity`).
 *
 * Built in two steps, each one pass: every event adds its weight on its first day
 * and takes it back the day after its last (the changes), then the changes are
 * summed twice, into the density of each day and into the mass before each day.
 * A row holds maxDay - minDay + 3 values: the days, one past them, and 0 in front.
 */

/** The columns a density is made from. */
export type DensityColumns = Pick<IndexColumns, 'count' | 'order' | 'first' | 'last' | 'minDay' | 'maxDay'>;

/** The cumulative density of the events at `positions` in `order`, or of every event (null). */
export function cumulativeDensity(columns: DensityColumns, positions: Uint32Array | null = null): Float64Array {
	// Columns in locals: V8 does not hoist property loads out of a loop that stores to typed arrays.
	const { order, first, last, minDay } = columns;
	const changes = new Float64Array(columns.maxDay - minDay + 2);
	const n = positions ? positions.length : columns.count;
	for (let i = 0; i < n; i++) {
		const e = order[positions ? positions[i] : i];
		const weight = 1 / (last[e] - first[e] + 1);
		changes[first[e] - minDay] += weight;
		changes[last[e] - minDay + 1] -= weight;
	}
	return cumulativeFromChanges(changes);
}

/**
 * Every country's cumulative density, in one pass over the events: row k (of
 * maxDay - minDay + 3 values) is country k's. The events are visited in date order
 * and their changes kept day-major, so that successive events write near each other;
 * a country's row is then exactly what `cumulativeDensity` gives for its events.
 */
export function cumulativeDensityByCountry(columns: DensityColumns & Pick<IndexColumns, 'countryStart' | 'codes'>, countryCount: number): Float64Array {
	const { order, first, last, countryStart, codes, minDay } = columns;
	const K = countryCount;
	const changes = new Float64Array((columns.maxDay - minDay + 2) * K);
	for (let p = 0; p < columns.count; p++) {
		const e = order[p];
		const weight = 1 / (last[e] - first[e] + 1);
		const begins = (first[e] - minDay) * K;
		const ends = (last[e] - minDay + 1) * K;
		for (let j = countryStart[e]; j < countryStart[e + 1]; j++) {
			changes[begins + codes[j]] += weight;
			changes[ends + codes[j]] -= weight;
		}
	}
	return cumulativeFromChanges(changes, K);
}

/**
 * Sums changes twice: `rows` series interleaved day by day (the change of series k on
 * day d at d · rows + k) become one row per series, each a 0 and then the mass before every day after it.
 */
export function cumulativeFromChanges(changes: Float64Array, rows = 1): Float64Array {
	const days = changes.length / rows;
	const width = days + 1;
	const cumulative = new Float64Array(rows * width);
	const running = new Float64Array(rows);
	const mass = new Float64Array(rows);
	for (let d = 0; d < days; d++) {
		for (let k = 0; k < rows; k++) {
			running[k] += changes[d * rows + k];
			mass[k] += running[k];
			cumulative[k * width + d + 1] = mass[k];
		}
	}
	return cumulative;
}
