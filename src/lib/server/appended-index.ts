import type { EventIndex } from '../domain/event-index';

/** An event as the index query reads it: number, first and last day, countries joined by commas. */
export type IndexRow = readonly [seq: number, first: number, last: number, countries: string];

/**
 * The index of `index`'s events and `rows` together, byte for byte what building it from all of
 * them would give (IndexBuilder): `rows`, sorted in the index's order (days, countries, number),
 * are merged into the sorted columns in one linear pass, and the countries are numbered again in
 * order of first appearance, as the builder numbers them. For events appended since `index` was
 * built, when nothing in it has changed: a few milliseconds at a million events, where reading
 * every event again takes seconds.
 */
export function appendToIndex(index: EventIndex, rows: readonly IndexRow[]): EventIndex {
	if (rows.length === 0) return index;
	const count = index.count + rows.length;
	const table = [...index.countries];
	const idOf = new Map(table.map((code, i) => [code, i]));
	const rowCodes = rows.map(([, , , countries]) =>
		(countries ? countries.split(',') : []).map((code) => {
			let id = idOf.get(code);
			if (id === undefined) idOf.set(code, (id = table.push(code) - 1));
			return id;
		})
	);
	const seq = new Uint32Array(count);
	const first = new Int32Array(count);
	const last = new Int32Array(count);
	const countryStart = new Uint32Array(count + 1);
	const codes = new Uint8Array(index.codes.length + rowCodes.reduce((n, c) => n + c.length, 0));
	const countriesOf = (i: number) => Array.from(index.codes.subarray(index.countryStart[i], index.countryStart[i + 1]), (id) => table[id]).join(',');
	// Old row i before new row r in the index's order: days, then countries as text (bytewise, as both engines sort them), then number.
	const before = (i: number, [s, f, l, c]: IndexRow) => {
		if (index.first[i] !== f) return index.first[i] < f;
		if (index.last[i] !== l) return index.last[i] < l;
		const mine = countriesOf(i);
		return mine !== c ? mine < c : index.seq[i] < s;
	};
	// The old rows that go before new row r: found by bisection, copied as one block with their codes.
	let i = 0;
	let out = 0;
	const copyOld = (to: number) => {
		const [from, codeFrom, codeTo] = [i, index.countryStart[i], index.countryStart[to]];
		seq.set(index.seq.subarray(from, to), out);
		first.set(index.first.subarray(from, to), out);
		last.set(index.last.subarray(from, to), out);
		codes.set(index.codes.subarray(codeFrom, codeTo), countryStart[out]);
		const shift = countryStart[out] - codeFrom;
		for (let k = from; k < to; k++) countryStart[++out] = index.countryStart[k + 1] + shift;
		i = to;
	};
	rows.forEach((row, r) => {
		let [low, high] = [i, index.count];
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (before(middle, row)) low = middle + 1;
			else high = middle;
		}
		copyOld(low);
		[seq[out], first[out], last[out]] = row;
		codes.set(rowCodes[r], countryStart[out]);
		countryStart[out + 1] = countryStart[out] + rowCodes[r].length;
		out++;
	});
	copyOld(index.count);
	return { count, seq, first, last, countryStart, ...renumbered(codes, table) };
}

/** Countries numbered in order of first appearance in `codes` (as IndexBuilder does), `codes` rewritten to match. */
function renumbered(codes: Uint8Array, table: readonly string[]): { codes: Uint8Array; countries: string[] } {
	const next = new Int16Array(table.length).fill(-1);
	const countries: string[] = [];
	for (let k = 0; k < codes.length; k++) {
		const old = codes[k];
		if (next[old] < 0) next[old] = countries.push(table[old]) - 1;
		codes[k] = next[old];
	}
	return { codes, countries };
}
