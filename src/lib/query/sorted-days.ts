import { bisectLeft, bisectRight } from 'd3-array';
import type { IndexColumns } from './event-table';
import { type EventKeys, fillPostings, postingOffsets } from './postings';

/**
 * For each key of some events (a country, a pair of countries…), the first days and
 * the last days of its events, each ascending, as postings (see `postings.ts`): key
 * k's are at [offsets[k], offsets[k + 1]) of `firsts` and of `lasts`. An event overlaps
 * [from, to] when first ≤ to and not last < from, and every event with last < from has
 * first ≤ to, so the number of a key's events overlapping any window is two binary
 * searches (`overlapping`). 8 bytes per event and key.
 */
export interface SortedDays {
	offsets: Uint32Array;
	firsts: Int32Array;
	lasts: Int32Array;
}

type DayColumns = Pick<IndexColumns, 'count' | 'order' | 'first' | 'last' | 'minDay' | 'maxDay'>;

/**
 * The sorted days of the events at `positions` in `order` (ascending; null: every
 * event), by key: their first days in date order, their last days in order of last
 * day (`endOrder`: those events by `byLastDay`, if the caller needs them too).
 */
export function sortedDays(columns: DayColumns, keys: EventKeys, positions: Uint32Array | null, endOrder = byLastDay(columns, positions)): SortedDays {
	const offsets = postingOffsets(keys, columns.order, positions);
	const firsts = new Int32Array(offsets[keys.size]);
	const lasts = new Int32Array(offsets[keys.size]);
	fillPostings(firsts, offsets, keys, columns.order, positions, columns.first);
	fillPostings(lasts, offsets, keys, endOrder, null, columns.last);
	return { offsets, firsts, lasts };
}

/** How many of key k's events overlap [from, to]: those that begin by `to`, less those that ended before `from`. */
export function overlapping({ offsets, firsts, lasts }: SortedDays, k: number, from: number, to: number): number {
	if (from > to) return 0;
	return bisectRight(firsts, to, offsets[k], offsets[k + 1]) - bisectLeft(lasts, from, offsets[k], offsets[k + 1]);
}

/**
 * The events at the given positions in `order` (null: every event) in order of their
 * last day, by counting sort; events that end the same day keep their date order.
 */
export function byLastDay(columns: DayColumns, positions: Uint32Array | null): Uint32Array {
	const { order, last, minDay } = columns;
	const n = positions ? positions.length : columns.count;
	const starts = new Uint32Array(columns.maxDay - minDay + 2);
	for (let i = 0; i < n; i++) starts[last[order[positions ? positions[i] : i]] - minDay + 1]++;
	for (let d = 1; d < starts.length; d++) starts[d] += starts[d - 1];
	const sorted = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		const e = order[positions ? positions[i] : i];
		sorted[starts[last[e] - minDay]++] = e;
	}
	return sorted;
}
