import { type EventTable, type IndexColumns, lowerBound, upperBound } from './event-table';

/** Events overlapping a window per country: what a brush frame or a click needs from a selection. */
export interface WindowCounts {
	/** Events overlapping [from, to] per country id, into `out`; returns how many there are in all. */
	countsInWindow(from: number, to: number, out: Float64Array): number;
}

/** The country index as typed arrays, so that a worker can hand them over without copying. */
export interface CountryIndexArrays {
	/** Pair (a, b)'s days, a ≤ b, are at [offsets[a·K + b], offsets[a·K + b + 1]) of `firsts` and `lasts`. */
	offsets: Uint32Array;
	firsts: Int32Array;
	lasts: Int32Array;
	/** Country a's cumulative density (as `EventTable.cumulative`) is row a, of `width + 1` values. */
	cumulative: Float64Array;
}

/**
 * What a click on one country needs, for every country, so that the click
 * costs the number of countries and not the number of its events:
 *
 * - for every pair of countries a ≤ b, the first days and the last days of the
 *   events involving both, each ascending (the pair (a, a): all of a's events).
 *   An event overlaps [from, to] when first ≤ to and not last < from, and every
 *   event with last < from has first ≤ to, so the events a country shares with
 *   each other one in any window are two binary searches per country;
 * - every country's cumulative density, for the timeline.
 *
 * Built once per data load, off the main thread (`country-index.worker.ts`), while
 * the main thread builds its EventTable from the same download:
 * 8 bytes per event and pair of its countries (an event with n countries is in
 * n(n + 1)/2 lists), and 8 bytes per country and day.
 */
export class CountryIndex {
	private readonly countryCount: number;
	private readonly width: number;

	constructor(
		private readonly arrays: CountryIndexArrays,
		table: EventTable
	) {
		this.countryCount = table.countries.length;
		this.width = table.maxDay - table.minDay + 3;
	}

	/** The window counts of country `a`'s events: with each partner, and in all. */
	days(a: number): WindowCounts {
		const { offsets, firsts, lasts } = this.arrays;
		const K = this.countryCount;
		return {
			countsInWindow(from, to, out) {
				for (let b = 0; b < K; b++) {
					const pair = pairOf(a, b, K);
					out[b] = overlappingIn(firsts, lasts, offsets[pair], offsets[pair + 1], from, to);
				}
				return out[a];
			}
		};
	}

	/** Country `a`'s cumulative density (see `EventTable.cumulative`). */
	cumulative(a: number): Float64Array {
		return this.arrays.cumulative.subarray(a * this.width, (a + 1) * this.width);
	}
}

/** Builds the country index: three passes over the events for the days, two for the densities. */
export function buildCountryIndex(columns: IndexColumns): CountryIndexArrays {
	const { count, order, first, last, countryStart, codes, minDay, maxDay } = columns;
	const K = columns.countries.length;
	const offsets = new Uint32Array(K * K + 1);
	for (let e = 0; e < count; e++) {
		const start = countryStart[e];
		const end = countryStart[e + 1];
		for (let i = start; i < end; i++) for (let j = i; j < end; j++) offsets[pairOf(codes[i], codes[j], K) + 1]++;
	}
	for (let g = 1; g < offsets.length; g++) offsets[g] += offsets[g - 1];
	const firsts = new Int32Array(offsets[K * K]);
	const lasts = new Int32Array(offsets[K * K]);

	// Events in date order, so each pair's first days come out ascending…
	const filled = offsets.slice(0, K * K);
	for (let p = 0; p < count; p++) {
		const e = order[p];
		const start = countryStart[e];
		const end = countryStart[e + 1];
		for (let i = start; i < end; i++) for (let j = i; j < end; j++) firsts[filled[pairOf(codes[i], codes[j], K)]++] = first[e];
	}
	// …and in order of their last day for the last days.
	filled.set(offsets.subarray(0, K * K));
	for (const e of byLastDay(columns)) {
		const start = countryStart[e];
		const end = countryStart[e + 1];
		for (let i = start; i < end; i++) for (let j = i; j < end; j++) lasts[filled[pairOf(codes[i], codes[j], K)]++] = last[e];
	}

	// Densities: each event spread evenly over its days, as changes per day and country
	// (day-major, so that events in date order write near each other), then summed twice.
	const days = maxDay - minDay + 2;
	const changes = new Float64Array(days * K);
	for (let p = 0; p < count; p++) {
		const e = order[p];
		const f = first[e] - minDay;
		const l = last[e] - minDay;
		const weight = 1 / (l - f + 1);
		for (let j = countryStart[e]; j < countryStart[e + 1]; j++) {
			changes[f * K + codes[j]] += weight;
			changes[(l + 1) * K + codes[j]] -= weight;
		}
	}
	const width = days + 1;
	const cumulative = new Float64Array(K * width);
	const running = new Float64Array(K);
	const mass = new Float64Array(K);
	for (let d = 0; d < days; d++) {
		for (let k = 0; k < K; k++) {
			running[k] += changes[d * K + k];
			mass[k] += running[k];
			cumulative[k * width + d + 1] = mass[k];
		}
	}
	return { offsets, firsts, lasts, cumulative };
}

/** The place of the pair of countries a and b (either way round) among K × K. */
const pairOf = (a: number, b: number, K: number) => (a < b ? a * K + b : b * K + a);

/**
 * How many of the events whose sorted first days and sorted last days are
 * `firsts` and `lasts` in [start, end) overlap [from, to]: those that begin by
 * `to`, less those that ended before `from` (which all began by `to`).
 */
export function overlappingIn(firsts: Int32Array, lasts: Int32Array, start: number, end: number, from: number, to: number): number {
	return upperBound(firsts, to, start, end) - lowerBound(lasts, from, start, end);
}

/**
 * Events (index positions) in order of their last day, by counting sort: of the
 * given positions in `order`, or of all events.
 */
export function byLastDay(columns: Pick<IndexColumns, 'count' | 'order' | 'last' | 'minDay' | 'maxDay'>, positions?: Uint32Array): Uint32Array {
	const { order, last, minDay, maxDay } = columns;
	const n = positions ? positions.length : columns.count;
	const starts = new Uint32Array(maxDay - minDay + 2);
	for (let i = 0; i < n; i++) starts[last[order[positions ? positions[i] : i]] - minDay + 1]++;
	for (let d = 1; d < starts.length; d++) starts[d] += starts[d - 1];
	const sorted = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		const e = order[positions ? positions[i] : i];
		sorted[starts[last[e] - minDay]++] = e;
	}
	return sorted;
}
