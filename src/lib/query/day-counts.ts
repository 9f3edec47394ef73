import type { IndexColumns } from './event-table';
import type { WindowCounts } from './window-counts';

type DayCountColumns = Pick<IndexColumns, 'count' | 'countries' | 'first' | 'last' | 'countryStart' | 'codes' | 'minDay' | 'maxDay'>;

/**
 * How many events of each country, and in all, begin before each day and end
 * before each day: prefix counts over the days, so that the events of every country
 * overlapping any window are two lookups per country (those that began by `to`, less
 * those that ended before `from`, which all began by `to`). What a brush frame over
 * all the events asks; 8 bytes per country and day.
 */
export class DayCounts implements WindowCounts {
	private readonly countryCount: number;
	private readonly minDay: number;
	/** Days in the rows: one more than the data's, as a row starts with the day before them (0 events). */
	private readonly width: number;
	/** For country k and day offset d, events with first day < minDay + d: row k of a (K + 1) × width matrix, row K for every event. */
	private readonly startsBefore: Int32Array;
	/** … and events with last day < minDay + d. */
	private readonly endsBefore: Int32Array;

	constructor(columns: DayCountColumns) {
		// Columns in locals: V8 does not hoist property loads out of a loop that stores to typed arrays.
		const { count, first, last, countryStart, codes, minDay } = columns;
		const K = columns.countries.length;
		const width = columns.maxDay - minDay + 2;
		const startsBefore = new Int32Array((K + 1) * width);
		const endsBefore = new Int32Array((K + 1) * width);
		// Count each event the day after it begins and the day after it ends, by country…
		for (let e = 0; e < count; e++) {
			const f = first[e] - minDay + 1;
			const l = last[e] - minDay + 1;
			startsBefore[K * width + f]++;
			endsBefore[K * width + l]++;
			for (let j = countryStart[e]; j < countryStart[e + 1]; j++) {
				const row = codes[j] * width;
				startsBefore[row + f]++;
				endsBefore[row + l]++;
			}
		}
		// …then sum the counts along each row.
		for (let k = 0; k <= K; k++) {
			const row = k * width;
			for (let d = 1; d < width; d++) {
				startsBefore[row + d] += startsBefore[row + d - 1];
				endsBefore[row + d] += endsBefore[row + d - 1];
			}
		}
		this.countryCount = K;
		this.minDay = minDay;
		this.width = count ? width : 0;
		this.startsBefore = startsBefore;
		this.endsBefore = endsBefore;
	}

	countsInWindow(from: number, to: number, out: Float64Array): number {
		const K = this.countryCount;
		for (let k = 0; k < K; k++) out[k] = this.overlapping(k, from, to);
		return this.overlapping(K, from, to);
	}

	/** Events of row `row` overlapping [from, to]. */
	private overlapping(row: number, from: number, to: number): number {
		if (this.width === 0 || from > to) return 0;
		return this.startsBefore[row * this.width + this.offset(to + 1)] - this.endsBefore[row * this.width + this.offset(from)];
	}

	/** A day as an offset into a row, clamped to the row. */
	private offset(day: number): number {
		return Math.min(Math.max(day - this.minDay, 0), this.width - 1);
	}
}
