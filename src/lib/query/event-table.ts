import { bisectLeft, bisectRight } from 'd3-array';
import type { EventIndex } from '../domain/event-index';
import type { CountryIndex } from './country-index';
import { DayCounts } from './day-counts';
import { cumulativeDensity } from './density';
import { countryKeys, fillPostings, postingOffsets } from './postings';
import type { WindowCounts } from './window-counts';

/** An index's columns with the days they span and their order by date: what every index here is built from. */
export interface IndexColumns extends EventIndex {
	/** First and last day present in the data (UTC day numbers). */
	minDay: number;
	maxDay: number;
	/** Events (index positions) sorted by first day, then last day. */
	order: Uint32Array;
}

/** Reads the days an index spans and orders its events by date. */
export function indexColumns(index: EventIndex): IndexColumns {
	const { count, first, last } = index;
	let minDay = Infinity;
	let maxDay = -Infinity;
	for (let i = 0; i < count; i++) {
		if (first[i] < minDay) minDay = first[i];
		if (last[i] > maxDay) maxDay = last[i];
	}
	return { ...index, minDay: count ? minDay : 0, maxDay: count ? maxDay : 0, order: sortByDays(first, last) };
}

/**
 * The client's in-memory events, indexed once per data load so that every
 * gesture afterwards costs work proportional to what it shows, not to the data:
 *
 * - `order`: events sorted by first day, with `maxLast`, the running maximum of
 *   their last days, so the events overlapping a window are one contiguous scan
 *   that starts at most a year before it; the few events longer than a year
 *   ("since 1950") are kept apart in `long`, or one would stretch every scan back to 1950;
 * - per-country prefix counts of first and last days (see `day-counts.ts`), so the
 *   number of events of every country in any window is two lookups per country;
 * - the cumulative density (see `density.ts`), so any histogram of the whole
 *   period is two lookups per bin.
 */
export class EventTable implements IndexColumns, WindowCounts {
	readonly count: number;
	readonly countries: string[];
	readonly minDay: number;
	readonly maxDay: number;
	readonly order: Uint32Array;
	/** `first` of `order[i]`, and the maximum `last` over the events of `order[0..i]` that are not long. */
	readonly sortedFirst: Int32Array;
	readonly maxLast: Int32Array;
	/** Positions in `order` of the events longer than LONG_DAYS, ascending. */
	readonly long: Uint32Array;
	readonly first: Int32Array;
	readonly last: Int32Array;
	readonly seq: Uint32Array;
	readonly countryStart: Uint32Array;
	readonly codes: Uint8Array;
	/** Each row's weight (a story's independent outlets; 1 for an article telling it), if the index has them. */
	readonly weight: Uint32Array | undefined;
	private readonly dayCounts: DayCounts;
	/** Cumulative density of all events (see `density.ts`): `cumulative[d]` is the event mass on days before minDay + d. */
	readonly cumulative: Float64Array;
	/** For each country id, the positions in `order` of its events, ascending: a click starts from these. */
	readonly postings: Uint32Array[];
	/**
	 * Every country's days and density (see CountryIndex), for clicks on one country:
	 * built by a worker while this table is built (see Dataset). Without it, selections scan.
	 */
	countryIndex: CountryIndex | null = null;
	private readonly countryIds: Map<string, number>;

	constructor(index: EventIndex) {
		const { count, first, last, minDay, maxDay, order } = indexColumns(index);
		this.count = count;
		this.countries = index.countries;
		this.countryIds = new Map(index.countries.map((code, i) => [code, i]));
		this.first = first;
		this.last = last;
		this.seq = index.seq;
		this.countryStart = index.countryStart;
		this.codes = index.codes;
		this.weight = index.weight;
		this.minDay = minDay;
		this.maxDay = maxDay;
		this.order = order;

		this.sortedFirst = new Int32Array(count);
		this.maxLast = new Int32Array(count);
		let runningMax = -Infinity;
		const long: number[] = [];
		for (let i = 0; i < count; i++) {
			const e = this.order[i];
			this.sortedFirst[i] = first[e];
			if (last[e] - first[e] >= LONG_DAYS) long.push(i);
			else runningMax = Math.max(runningMax, last[e]);
			this.maxLast[i] = runningMax;
		}
		this.long = Uint32Array.from(long);

		const K = index.countries.length;
		this.dayCounts = new DayCounts(this);
		this.cumulative = cumulativeDensity(this);
		// Each country's positions in date order. Copied out of the flat array rather than views
		// into it: a click on several countries walked views ~20% slower (1M events, Node 20).
		const keys = countryKeys(index);
		const offsets = postingOffsets(keys, order, null);
		const postings = new Uint32Array(offsets[K]);
		fillPostings(postings, offsets, keys, order, null, null);
		this.postings = Array.from({ length: K }, (_, k) => postings.slice(offsets[k], offsets[k + 1]));
	}

	/** An event's countries (by position in the index columns), most salient first. */
	countriesOf(e: number): string[] {
		return Array.from(this.codes.subarray(this.countryStart[e], this.countryStart[e + 1]), (id) => this.countries[id]);
	}

	countryId(code: string): number | undefined {
		return this.countryIds.get(code);
	}

	/** Events overlapping [from, to] (see WindowCounts), among all events: two lookups per country. */
	countsInWindow(from: number, to: number, out: Float64Array): number {
		return this.dayCounts.countsInWindow(from, to, out);
	}

	/** The events to visit for [from, to] (see WindowScan), among all events: `start` and `end` are positions in `order`. */
	windowScan(from: number, to: number): WindowScan {
		const start = this.scanStart(from);
		return { early: this.long.subarray(0, bisectLeft(this.long, start)), start, end: this.scanEnd(to) };
	}

	/** The first position in `order` whose event, or a later one, can overlap a window from `from`, long events aside. */
	scanStart(from: number): number {
		return bisectLeft(this.maxLast, from);
	}

	/** One past the last position in `order` whose event begins by `to`. */
	scanEnd(to: number): number {
		return bisectRight(this.sortedFirst, to);
	}
}

/**
 * The events to visit for a window [from, to], in date order: the long events that
 * began before the range (`early`, positions in `order`, see `EventTable.long`), then
 * the range [start, end). Every event overlapping the window is among them; the others
 * ended before `from`, so a scan checks `last`.
 */
export interface WindowScan {
	early: Uint32Array;
	start: number;
	end: number;
}

/** Events longer than this many days are long: few, and kept out of the running maximum. */
export const LONG_DAYS = 400;

/** Event positions sorted by first day, then last day. The server sends them sorted; then this is one pass. */
function sortByDays(first: Int32Array, last: Int32Array): Uint32Array {
	const order = new Uint32Array(first.length);
	let sorted = true;
	for (let i = 0; i < order.length; i++) {
		order[i] = i;
		if (i > 0 && (first[i] < first[i - 1] || (first[i] === first[i - 1] && last[i] < last[i - 1]))) sorted = false;
	}
	return sorted ? order : order.sort((a, b) => first[a] - first[b] || last[a] - last[b] || a - b);
}

/**
 * The days where the bulk of the events lie: from the day by which all but
 * `old` of the events have not yet ended, to the day by which all but `late`
 * have begun. News looks back more than ahead, so more is cut on the left: a
 * few events about the 1950s, or one "since the 1990s", do not squeeze a story
 * about 2014 into a sliver of the overview. Older events that go on without a
 * gap from the bulk are no outliers, though, but the start of the story: the
 * left edge moves back over them while each ends within a quarter of the
 * bulk's span of the next (2013's events before a 2014–2016 bulk, not 2006's).
 */
export function bulkOfEvents(table: EventTable, old = 0.15, late = 0.02): { from: number; to: number } {
	if (table.count === 0) return { from: table.minDay, to: table.maxDay };
	const lasts = Int32Array.from(table.last).sort();
	const to = table.sortedFirst[table.count - 1 - Math.floor(table.count * late)];
	let first = Math.floor(table.count * old);
	const reach = Math.max(0, to - lasts[first]) / 4;
	while (first > 0 && lasts[first] - lasts[first - 1] <= reach) first--;
	return { from: Math.min(lasts[first], to), to };
}
