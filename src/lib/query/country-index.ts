import { cumulativeDensityByCountry } from './density';
import type { EventTable, IndexColumns } from './event-table';
import type { EventKeys } from './postings';
import { overlapping, type SortedDays, sortedDays } from './sorted-days';
import type { WindowCounts } from './window-counts';

/**
 * The country index as typed arrays, so that a worker can hand them over without copying:
 * the sorted days of the events of each pair of countries a ≤ b, under key a·K + b
 * (see `pairKeys`), and every country's density.
 */
export interface CountryIndexArrays extends SortedDays {
	/** Country a's cumulative density (see `density.ts`): row a, of maxDay - minDay + 3 values. */
	cumulative: Float64Array;
}

/**
 * What a click on one country needs, for every country, so that the click
 * costs the number of countries and not the number of its events:
 *
 * - for every pair of countries a ≤ b, the sorted first and last days of the
 *   events involving both (see `sorted-days.ts`; the pair (a, a): all of a's
 *   events), so the events a country shares with each other one in any window
 *   are two binary searches per country;
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

	/** Country `a`'s events: per country b, those involving b too (b = a: all of them), and in all. */
	days(a: number): WindowCounts {
		const arrays = this.arrays;
		const K = this.countryCount;
		return {
			countsInWindow(from, to, out) {
				for (let b = 0; b < K; b++) out[b] = overlapping(arrays, pairOf(a, b, K), from, to);
				return out[a];
			}
		};
	}

	/** Country `a`'s cumulative density (see `density.ts`). */
	cumulative(a: number): Float64Array {
		return this.arrays.cumulative.subarray(a * this.width, (a + 1) * this.width);
	}
}

/** Builds the country index: the pairs' sorted days and the countries' densities. */
export function buildCountryIndex(columns: IndexColumns): CountryIndexArrays {
	const K = columns.countries.length;
	return { ...sortedDays(columns, pairKeys(columns, K), null), cumulative: cumulativeDensityByCountry(columns, K) };
}

/**
 * Each event's pairs of countries as its keys: every a ≤ b of its countries (a country
 * with itself too), as a·K + b. At most 256 countries (see `encodeIndex`): 16 bits hold a pair.
 */
export function pairKeys({ count, countryStart, codes }: Pick<IndexColumns, 'count' | 'countryStart' | 'codes'>, K: number): EventKeys {
	const start = new Uint32Array(count + 1);
	for (let e = 0; e < count; e++) {
		const n = countryStart[e + 1] - countryStart[e];
		start[e + 1] = start[e] + (n * (n + 1)) / 2;
	}
	const keys = new Uint16Array(start[count]);
	for (let e = 0, w = 0; e < count; e++) {
		const end = countryStart[e + 1];
		for (let i = countryStart[e]; i < end; i++) for (let j = i; j < end; j++) keys[w++] = pairOf(codes[i], codes[j], K);
	}
	return { start, keys, size: K * K };
}

/** The key of the pair of countries a and b (either way round) among K × K. */
const pairOf = (a: number, b: number, K: number) => (a < b ? a * K + b : b * K + a);
