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
		const needed = criteria.mode === 'all' ? wanted.length : 1;
		// A flag per country id: the inner loop runs a million times, so no Set lookups in it.
		const isWanted = new Uint8Array(table.countries.length);
		for (const id of this.countryIds) isWanted[id] = 1;
		// In `all` mode, a country absent from the data means nothing can match.
		const impossible = criteria.mode === 'all' && this.countryIds.length < wanted.length;

		// Filled up to `n`: no growing array of up to a million numbers on a click.
		const positions = new Uint32Array(table.count);
		let n = 0;
		const days = table.maxDay - table.minDay + 1;
		const density = new Float64Array(days + 1);
		if (!impossible) {
			for (let i = 0; i < table.count; i++) {
				const e = table.order[i];
				if (criteria.textMatches && !criteria.textMatches.has(table.seq[e])) continue;
				if (wanted.length) {
					let hits = 0;
					for (let j = table.countryStart[e]; j < table.countryStart[e + 1]; j++) hits += isWanted[table.codes[j]];
					if (hits < needed) continue;
				}
				positions[n++] = i;
				const f = table.first[e] - table.minDay;
				const l = table.last[e] - table.minDay;
				density[f] += 1 / (l - f + 1);
				density[l + 1] -= 1 / (l - f + 1);
			}
		}
		this.positions = positions.subarray(0, n);
		this.sortedFirst = new Int32Array(n);
		this.maxLast = new Int32Array(n);
		let runningMax = -Infinity;
		for (let j = 0; j < n; j++) {
			const p = this.positions[j];
			this.sortedFirst[j] = table.sortedFirst[p];
			runningMax = Math.max(runningMax, table.last[table.order[p]]);
			this.maxLast[j] = runningMax;
		}
		this.cumulative = cumulativeDensity(density);
	}

	/** Range of `positions` that can hold events overlapping [from, to]. */
	candidates(from: number, to: number): [start: number, end: number] {
		return [lowerBound(this.maxLast, from), upperBound(this.sortedFirst, to)];
	}
}
