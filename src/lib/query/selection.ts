import { cumulativeDensity, type EventTable, lowerBound, upperBound } from './event-table';

export interface SelectionCriteria {
	countries: readonly string[];
	mode: 'all' | 'any';
	/** Event numbers (`seq`) matching the search words, or null when there are no words. */
	textMatches: ReadonlySet<number> | null;
}

/**
 * The events that match the countries and words (whatever the time window), built
 * once per click or search: their positions in `table.order`, with the same
 * running-maximum trick and density prefix sums as the table, so brushing over
 * a selection scans only the selected events inside the window.
 */
export class Selection {
	readonly positions: Uint32Array;
	readonly sortedFirst: Int32Array;
	readonly maxLast: Int32Array;
	readonly cumulative: Float64Array;
	/** Ids of the selected countries present in the data, in the order they were selected. */
	readonly countryIds: number[];

	constructor(
		readonly table: EventTable,
		criteria: SelectionCriteria
	) {
		const wanted = criteria.countries.map((c) => table.countryId(c));
		this.countryIds = wanted.filter((id) => id !== undefined);
		// In `all` mode, a country absent from the data means nothing can match.
		const impossible = criteria.mode === 'all' && this.countryIds.length < wanted.length;
		const positions = impossible ? new Uint32Array(0) : keep(candidates(table, this.countryIds, criteria.mode, wanted.length > 0), table, criteria.textMatches);

		const n = positions.length;
		const density = new Float64Array(table.maxDay - table.minDay + 2);
		this.positions = positions;
		this.sortedFirst = new Int32Array(n);
		this.maxLast = new Int32Array(n);
		let runningMax = -Infinity;
		for (let j = 0; j < n; j++) {
			const e = table.order[positions[j]];
			const f = table.first[e] - table.minDay;
			const l = table.last[e] - table.minDay;
			density[f] += 1 / (l - f + 1);
			density[l + 1] -= 1 / (l - f + 1);
			this.sortedFirst[j] = table.first[e];
			runningMax = Math.max(runningMax, table.last[e]);
			this.maxLast[j] = runningMax;
		}
		this.cumulative = cumulativeDensity(density);
	}

	/** Range of `positions` that can hold events overlapping [from, to]. */
	candidates(from: number, to: number): [start: number, end: number] {
		return [lowerBound(this.maxLast, from), upperBound(this.sortedFirst, to)];
	}
}

/**
 * Positions (ascending) of the events involving the countries, from the
 * countries' postings: a click costs the selected events, not the whole data.
 */
function candidates(table: EventTable, ids: number[], mode: 'all' | 'any', filtered: boolean): Uint32Array {
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
	// Any of several: mark every posting, then read the marks in order.
	const marks = new Uint8Array(table.count);
	let total = 0;
	for (const id of ids)
		for (const p of table.postings[id])
			if (!marks[p]) {
				marks[p] = 1;
				total++;
			}
	const out = new Uint32Array(total);
	for (let p = 0, n = 0; n < total; p++) if (marks[p]) out[n++] = p;
	return out;
}

/** Keeps the candidates whose event matches the search words (all of them without words). */
function keep(positions: Uint32Array, table: EventTable, textMatches: ReadonlySet<number> | null): Uint32Array {
	if (!textMatches) return positions;
	const out = new Uint32Array(positions.length);
	let n = 0;
	for (const p of positions) if (textMatches.has(table.seq[table.order[p]])) out[n++] = p;
	return out.subarray(0, n);
}
