import { bisectLeft } from 'd3-array';
import { cumulativeDensity } from './density';
import type { EventTable, WindowScan } from './event-table';
import { SelectionDays } from './selection-days';
import type { WindowCounts } from './window-counts';

export interface SelectionCriteria {
	countries: readonly string[];
	mode: 'all' | 'any';
	/** Event numbers (`seq`) matching the search words, or null when there are no words. */
	textMatches: ReadonlySet<number> | null;
}

/**
 * The events that match the countries and words (whatever the time window), built
 * once per click or search: their positions in `table.order`, ascending, and their
 * cumulative density (see `density.ts`). One country's comes from the country index, at
 * no cost per event; any other costs one pass over the selected events, and
 * brushing over it then scans only the selected events inside the window.
 */
export class Selection {
	readonly positions: Uint32Array;
	/** The selected long events (see `EventTable.long`): positions in `table.order`, ascending. */
	readonly long: Uint32Array;
	readonly cumulative: Float64Array;
	/** Ids of the selected countries present in the data, in the order they were selected. */
	readonly countryIds: number[];
	/**
	 * The selected events' counts in any window, for at most one country: from the
	 * country index, or once `prepareForBrushing` has built them (see SelectionDays). With them a window costs the
	 * number of countries; without them it scans the selected events in it.
	 */
	days: WindowCounts | null = null;

	constructor(
		readonly table: EventTable,
		criteria: SelectionCriteria
	) {
		const wanted = criteria.countries.map((c) => table.countryId(c));
		this.countryIds = wanted.filter((id) => id !== undefined);
		// In `all` mode, a country absent from the data means nothing can match.
		const impossible = criteria.mode === 'all' && this.countryIds.length < wanted.length;
		const positions = impossible ? new Uint32Array(0) : matchingWords(involving(table, this.countryIds, criteria.mode, wanted.length > 0), table, criteria.textMatches);

		this.positions = positions;
		// One country (no words): its density and days are in the country index, if it has arrived.
		const country = criteria.countries.length === 1 && !criteria.textMatches && this.countryIds.length === 1 ? table.countryIndex : null;
		if (country) {
			this.cumulative = country.cumulative(this.countryIds[0]);
			this.days = country.days(this.countryIds[0]);
		} else this.cumulative = cumulativeDensity(table, positions);
		// The table's few long events, looked up among the positions (a test in the density's pass would cost every event).
		this.long = table.long.filter((p) => positions[bisectLeft(positions, p)] === p);
	}

	/**
	 * Builds the selected events' days by country (see SelectionDays), once: a
	 * click does not need them, but every frame of a brush over the selection does.
	 * Not for several countries: their frames also count each one's partners, which
	 * the days do not hold, so those frames scan and the days would go unused.
	 */
	prepareForBrushing(): void {
		if (this.countryIds.length <= 1) this.days ??= new SelectionDays(this.table, this.positions);
	}

	/**
	 * The selected events to visit for [from, to] (see WindowScan): the long ones before the
	 * table's range, and the range of `positions` (`start` and `end` index it) inside the
	 * table's, found by binary search as positions ascend.
	 */
	windowScan(from: number, to: number): WindowScan {
		const start = this.table.scanStart(from);
		return {
			early: this.long.subarray(0, bisectLeft(this.long, start)),
			start: bisectLeft(this.positions, start),
			end: bisectLeft(this.positions, this.table.scanEnd(to))
		};
	}
}

/**
 * Positions (ascending) of the events involving the countries, from the
 * countries' postings: a click costs the selected events, not the whole data.
 */
function involving(table: EventTable, ids: number[], mode: 'all' | 'any', filtered: boolean): Uint32Array {
	if (!filtered) return Uint32Array.from({ length: table.count }, (_, i) => i);
	if (ids.length === 0) return new Uint32Array(0);
	if (ids.length === 1) return table.postings[ids[0]];
	if (mode === 'all') {
		// Walk the rarest country's events and keep those that involve every other one.
		const [rarest, ...others] = [...ids].sort((a, b) => table.postings[a].length - table.postings[b].length);
		const isOther = new Uint8Array(table.countries.length);
		for (const id of others) isOther[id] = 1;
		const out = new Uint32Array(table.postings[rarest].length);
		let n = 0;
		for (const p of table.postings[rarest]) {
			const e = table.order[p];
			let hits = 0;
			for (let j = table.countryStart[e]; j < table.countryStart[e + 1]; j++) hits += isOther[table.codes[j]];
			if (hits === others.length) out[n++] = p;
		}
		return out.subarray(0, n);
	}
	// Any of several: the union of their postings, merged in order.
	return ids.map((id) => table.postings[id]).reduce(union);
}

/** The union of two ascending lists, ascending, each position once. */
function union(a: Uint32Array, b: Uint32Array): Uint32Array {
	const out = new Uint32Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.length && j < b.length) {
		if (a[i] < b[j]) out[n++] = a[i++];
		else if (b[j] < a[i]) out[n++] = b[j++];
		else {
			out[n++] = a[i++];
			j++;
		}
	}
	while (i < a.length) out[n++] = a[i++];
	while (j < b.length) out[n++] = b[j++];
	return out.subarray(0, n);
}

/** Keeps the positions whose event matches the search words (all of them without words). */
function matchingWords(positions: Uint32Array, table: EventTable, textMatches: ReadonlySet<number> | null): Uint32Array {
	if (!textMatches) return positions;
	const out = new Uint32Array(positions.length);
	let n = 0;
	for (const p of positions) if (textMatches.has(table.seq[table.order[p]])) out[n++] = p;
	return out.subarray(0, n);
}
