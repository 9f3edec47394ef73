import { bisectLeft, bisectRight } from 'd3-array';
import type { EventTable } from './event-table';
import type { Selection } from './selection';

/** What a view shows for a time window: how many events, per country, and one page of the list. */
export interface WindowResult {
	total: number;
	/** Events per country id (see `table.countries`) in the window and selection. */
	countryCounts: Float64Array;
	/** Event positions (into the index columns) of the requested page, sorted by date: the window's content only. */
	page: number[];
	/**
	 * Positions of the events met while the page was gathered that cover more than `span` days:
	 * context of the window, not its content (see `domain/context.ts`), in date order, at most `limit`.
	 */
	context: number[];
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
	limit = 50,
	span = Infinity
): WindowResult {
	const context: number[] = [];
	if (!selection) {
		const { early, start, end } = table.windowScan(from, to);
		const countryCounts = new Float64Array(table.countries.length);
		const total = table.countsInWindow(from, to, countryCounts);
		return { total, countryCounts, page: pageOf(table, early, null, start, end, from, offset, limit, span, context), context, pairCounts: new Float64Array(0) };
	}
	const K = table.countries.length;
	const countryCounts = new Float64Array(K);
	const chosen = selection.countryIds;
	const pairCounts = new Float64Array(chosen.length * K);
	const { early, start, end } = selection.windowScan(from, to);
	const { order, last, countryStart, codes } = table;
	const positions = selection.positions;
	// With one country chosen, every selected event involves it: its pairs are the country counts.
	const pairs = chosen.length > 1 ? chosen.length : 0;
	// One country, or words while brushing: counts from the selection's days, only the page scanned.
	if (selection.days) {
		const total = selection.days.countsInWindow(from, to, countryCounts);
		if (chosen.length === 1) pairCounts.set(countryCounts);
		return { total, countryCounts, page: pageOf(table, early, positions, start, end, from, offset, limit, span, context), context, pairCounts };
	}
	// Otherwise every selected event in the window is visited. Index loops over columns in
	// locals, no subarrays: this runs for each of them.
	// One loop, no closure, over the long events that began before the range (they come
	// first in date order) and then the range.
	const page: number[] = [];
	const first = table.first;
	let total = 0;
	let content = 0;
	const n = early.length;
	for (let i = 0, count = n + end - start; i < count; i++) {
		const e = order[i < n ? early[i] : positions[start + i - n]];
		if (last[e] < from) continue;
		if (last[e] - first[e] >= span) {
			if (context.length < limit) context.push(e);
		} else if (content++ >= offset && page.length < limit) page.push(e);
		total++;
		const a = countryStart[e];
		const b = countryStart[e + 1];
		for (let k = a; k < b; k++) countryCounts[codes[k]]++;
		for (let c = 0; c < pairs; c++) {
			let involved = false;
			for (let k = a; k < b; k++) involved ||= codes[k] === chosen[c];
			if (involved) for (let k = a; k < b; k++) pairCounts[c * K + codes[k]]++;
		}
	}
	if (chosen.length === 1) pairCounts.set(countryCounts);
	return { total, countryCounts, page, context, pairCounts };
}

/**
 * One page of the events overlapping a window from `from`: the long events that began
 * before the range (`early`, positions in `table.order`), then the range [start, end)
 * of `positions` (null: of `table.order` itself), in date order, scanned only until the page is full.
 * Those covering more than `span` days go to `context` instead (at most `limit` of them).
 *
 * Content covers at most `span` days, so to overlap the window it begins after from − span:
 * its scan starts there, not a year back where the year-long stories begin (a brush frame at
 * a million stories would walk all of that year to fill its page). The context that began
 * before then is gathered only when the content runs out, as only then is it listed.
 */
function pageOf(
	table: EventTable,
	early: Uint32Array,
	positions: Uint32Array | null,
	start: number,
	end: number,
	from: number,
	offset: number,
	limit: number,
	span: number,
	context: number[]
): number[] {
	const page: number[] = [];
	const { order, first, last } = table;
	const after = span === Infinity ? start : Math.max(start, positionAfter(table, positions, from - span));
	const n = early.length;
	let seen = 0;
	let earlyContext = 0;
	for (let i = 0, count = n + end - after; i < count && page.length < limit; i++) {
		const p = i < n ? early[i] : positions ? positions[after + i - n] : after + i - n;
		const e = order[p];
		if (last[e] < from) continue;
		if (last[e] - first[e] >= span) {
			if (context.length >= limit) continue;
			context.push(e);
			if (i < n) earlyContext++;
		} else if (seen++ >= offset) page.push(e);
	}
	if (page.length < limit && after > start) {
		const between: number[] = [];
		for (let i = start; i < after && earlyContext + between.length < limit; i++) {
			const e = order[positions ? positions[i] : i];
			if (last[e] >= from && last[e] - first[e] >= span) between.push(e);
		}
		// In date order: after the long events, before those met in the content's range.
		context.splice(earlyContext, 0, ...between);
		context.length = Math.min(context.length, limit);
	}
	return page;
}

/** The first index into `positions` (null: into `table.order`) whose event begins after `day`. */
function positionAfter(table: EventTable, positions: Uint32Array | null, day: number): number {
	const p = bisectRight(table.sortedFirst, day);
	return positions ? bisectLeft(positions, p) : p;
}
