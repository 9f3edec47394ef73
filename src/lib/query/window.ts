import type { EventTable } from './event-table';
import type { Selection } from './selection';

/** What a view shows for a time window: how many events, per country, and one page of the list. */
export interface WindowResult {
	total: number;
	/** Events per country id (see `table.countries`) in the window and selection. */
	countryCounts: Float64Array;
	/** Event positions (into the index columns) of the requested page, sorted by date. */
	page: number[];
	/**
	 * With a selection: for the i-th selected country and every country k, the
	 * number of events in the window involving both (row i of a |selected| × K matrix).
	 */
	pairCounts: Float64Array;
}

/**
 * The events overlapping [from, to] that match the selection (null: all events).
 * Without a selection the counts come from prefix sums and only the page is
 * scanned; with one, only the selected events inside the window are visited.
 */
export function queryWindow(
	table: EventTable,
	selection: Selection | null,
	from: number,
	to: number,
	offset = 0,
	limit = 50
): WindowResult {
	const page: number[] = [];
	if (!selection) {
		const countryCounts = table.countsInWindow(from, to);
		const [start, end] = table.candidates(from, to);
		let seen = 0;
		for (let i = start; i < end && page.length < limit; i++) {
			const e = table.order[i];
			if (table.last[e] < from) continue;
			if (seen++ >= offset) page.push(e);
		}
		return { total: table.countOverlapping(from, to), countryCounts, page, pairCounts: new Float64Array(0) };
	}
	const K = table.countries.length;
	const countryCounts = new Float64Array(K);
	const chosen = selection.countryIds;
	const pairCounts = new Float64Array(chosen.length * K);
	const [start, end] = selection.candidates(from, to);
	let total = 0;
	for (let j = start; j < end; j++) {
		const e = table.order[selection.positions[j]];
		if (table.last[e] < from) continue;
		if (total >= offset && page.length < limit) page.push(e);
		total++;
		// Index loops, no subarrays: this runs for every selected event in the window.
		const a = table.countryStart[e];
		const b = table.countryStart[e + 1];
		for (let j = a; j < b; j++) countryCounts[table.codes[j]]++;
		for (let i = 0; i < chosen.length; i++) {
			let involved = false;
			for (let j = a; j < b; j++) involved ||= table.codes[j] === chosen[i];
			if (involved) for (let j = a; j < b; j++) pairCounts[i * K + table.codes[j]]++;
		}
	}
	return { total, countryCounts, page, pairCounts };
}
