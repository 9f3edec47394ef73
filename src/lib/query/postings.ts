import type { EventIndex } from '../domain/event-index';

/**
 * Postings: for each key (a country, a pair of countries…), the list of the events
 * that have it, all in one flat typed array, key k's list at [offsets[k], offsets[k + 1]).
 * Built as a counting sort, one pass each step: `postingOffsets` counts the events of
 * each key and sums the counts into offsets; `fillPostings` then writes a value of each
 * event into the lists of its keys, in the order the events are visited. One set of
 * offsets serves several fills (first days in date order, last days in order of last day).
 *
 * The events visited are `events[positions[i]]` for each i, or every `events[i]` in
 * turn when `positions` is null: the index's events in date order (`order`) and
 * positions in it, say, or a list of events in another order.
 */

/** The keys of each event: event e's are keys[start[e] .. start[e + 1]), each below `size`. */
export interface EventKeys {
	start: Uint32Array;
	keys: Uint8Array | Uint16Array;
	size: number;
}

/** An event's countries as its keys: country ids, below the number of countries. */
export function countryKeys(index: Pick<EventIndex, 'countryStart' | 'codes' | 'countries'>): EventKeys {
	return { start: index.countryStart, keys: index.codes, size: index.countries.length };
}

/**
 * Where each key's list begins in the flat array (`size` + 1 values, the last one its
 * length), for the events at `positions` in `order`, or for every event (null).
 */
export function postingOffsets(keys: EventKeys, order: Uint32Array, positions: Uint32Array | null): Uint32Array {
	const { start, keys: key } = keys;
	const offsets = new Uint32Array(keys.size + 1);
	if (positions)
		for (let i = 0; i < positions.length; i++) {
			const e = order[positions[i]];
			for (let j = start[e]; j < start[e + 1]; j++) offsets[key[j] + 1]++;
		}
	// Every event: every key, in one run over them (a count needs no order).
	else for (let j = 0; j < start[start.length - 1]; j++) offsets[key[j] + 1]++;
	for (let k = 1; k < offsets.length; k++) offsets[k] += offsets[k - 1];
	return offsets;
}

/**
 * Writes into `out`, for each event visited, `values[e]` (null: its place in `events`)
 * at the end so far of the list of each of its keys: each list keeps the visiting order.
 */
export function fillPostings(
	out: Uint32Array | Int32Array,
	offsets: Uint32Array,
	keys: EventKeys,
	events: Uint32Array,
	positions: Uint32Array | null,
	values: Int32Array | null
): void {
	const { start, keys: key } = keys;
	const next = offsets.slice(0, keys.size);
	const n = positions ? positions.length : events.length;
	for (let i = 0; i < n; i++) {
		const p = positions ? positions[i] : i;
		const e = events[p];
		const value = values ? values[e] : p;
		for (let j = start[e]; j < start[e + 1]; j++) out[next[key[j]]++] = value;
	}
}
