import { byLastDay, overlappingIn, type WindowCounts } from './country-index';
import type { EventTable } from './event-table';

/**
 * The days of a selection's events, grouped by country: for each country, the
 * first days and the last days of the selected events involving it, each
 * ascending. An event overlaps [from, to] when first ≤ to and not last < from,
 * and every event with last < from has first ≤ to, so a country's count in any
 * window is two binary searches: brushing over a selection then costs the
 * number of countries per frame, not the number of selected events.
 *
 * Built once per selection, when a gesture first needs it: one pass over the
 * selected events and a counting sort by last day, 8 bytes per event and country.
 */
export class SelectionDays implements WindowCounts {
	/** Country k's days are at [offsets[k], offsets[k + 1]); k = number of countries holds every selected event. */
	private readonly offsets: Uint32Array;
	private readonly firsts: Int32Array;
	private readonly lasts: Int32Array;

	constructor(
		private readonly table: EventTable,
		positions: Uint32Array
	) {
		const { order, first, last, countryStart, codes } = table;
		const K = table.countries.length;
		const offsets = new Uint32Array(K + 2);
		for (const p of positions) {
			const e = order[p];
			for (let j = countryStart[e]; j < countryStart[e + 1]; j++) offsets[codes[j] + 1]++;
			offsets[K + 1]++;
		}
		for (let k = 1; k < offsets.length; k++) offsets[k] += offsets[k - 1];
		const size = offsets[K + 1];
		const firsts = new Int32Array(size);
		const lasts = new Int32Array(size);

		// Positions ascend by first day, so each country's first days come out ascending.
		const filled = offsets.slice(0, K + 1);
		for (const p of positions) {
			const e = order[p];
			for (let j = countryStart[e]; j < countryStart[e + 1]; j++) firsts[filled[codes[j]]++] = first[e];
			firsts[filled[K]++] = first[e];
		}
		// Last days: the same pass over the events in order of their last day.
		filled.set(offsets.subarray(0, K + 1));
		for (const e of byLastDay(table, positions)) {
			for (let j = countryStart[e]; j < countryStart[e + 1]; j++) lasts[filled[codes[j]]++] = last[e];
			lasts[filled[K]++] = last[e];
		}
		this.offsets = offsets;
		this.firsts = firsts;
		this.lasts = lasts;
	}

	countsInWindow(from: number, to: number, out: Float64Array): number {
		const K = this.table.countries.length;
		for (let k = 0; k < K; k++) out[k] = this.overlapping(k, from, to);
		return this.overlapping(K, from, to);
	}

	private overlapping(k: number, from: number, to: number): number {
		return overlappingIn(this.firsts, this.lasts, this.offsets[k], this.offsets[k + 1], from, to);
	}
}
