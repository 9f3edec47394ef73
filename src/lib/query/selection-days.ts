import type { EventTable } from './event-table';
import { countryKeys } from './postings';
import { byLastDay, overlapping, type SortedDays, sortedDays } from './sorted-days';
import type { WindowCounts } from './window-counts';

/**
 * The days of a selection's events (see `sorted-days.ts`), by country and in all:
 * a country's count in any window is two binary searches, so brushing over a
 * selection costs the number of countries per frame, not the number of selected events.
 *
 * Built once per selection, when a gesture first needs it: a counting sort by last
 * day and two passes over the selected events, 8 bytes per event and country, and 8 per event.
 */
export class SelectionDays implements WindowCounts {
	private readonly byCountry: SortedDays;
	/** Every selected event, under key 0. */
	private readonly all: SortedDays;

	constructor(
		private readonly table: EventTable,
		positions: Uint32Array
	) {
		const endOrder = byLastDay(table, positions);
		this.byCountry = sortedDays(table, countryKeys(table), positions, endOrder);
		const { last, sortedFirst } = table;
		const firsts = new Int32Array(positions.length);
		const lasts = new Int32Array(positions.length);
		for (let i = 0; i < positions.length; i++) {
			firsts[i] = sortedFirst[positions[i]];
			lasts[i] = last[endOrder[i]];
		}
		this.all = { offsets: Uint32Array.of(0, positions.length), firsts, lasts };
	}

	countsInWindow(from: number, to: number, out: Float64Array): number {
		const K = this.table.countries.length;
		for (let k = 0; k < K; k++) out[k] = overlapping(this.byCountry, k, from, to);
		return overlapping(this.all, 0, from, to);
	}
}
