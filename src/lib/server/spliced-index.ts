import type { EventIndex } from '../domain/event-index';

/**
 * A row as the index queries read it: number, first and last day, countries joined by commas,
 * and what it weighs (story indexes; absent, 1).
 */
export type IndexRow = readonly [seq: number, first: number, last: number, countries: string, weight?: number];

/** Rows in the index's order: days, then countries as text (bytewise, as both engines compare them: the codes are ASCII), then number. */
export function sortRows<Row extends IndexRow>(rows: Row[]): Row[] {
	return rows.sort(([s1, f1, l1, c1], [s2, f2, l2, c2]) => f1 - f2 || l1 - l2 || (c1 < c2 ? -1 : c1 > c2 ? 1 : s1 - s2));
}

/** `index` with `rows` merged in, when nothing in it has changed (events appended since it was built). */
export const appendToIndex = (index: EventIndex, rows: readonly IndexRow[]): EventIndex => spliceIndex(index, new Set(), rows);

/**
 * The index of `index`'s rows but those numbered in `removed`, and `rows` (sorted, `sortRows`), byte
 * for byte what building it from all of them would give (IndexBuilder): the kept rows are copied as
 * blocks, each new row placed among them by bisection, and the countries are numbered again in order
 * of first appearance, as the builder numbers them. For the rows written since `index` was built: a
 * few milliseconds at a million rows, where reading every row again takes seconds.
 */
export function spliceIndex(index: EventIndex, removed: ReadonlySet<number>, rows: readonly IndexRow[]): EventIndex {
	const gone = removed.size ? positionsOf(index.seq, removed) : [];
	if (rows.length === 0 && gone.length === 0) return index;
	const count = index.count - gone.length + rows.length;
	const table = [...index.countries];
	const idOf = new Map(table.map((code, i) => [code, i]));
	const rowCodes = rows.map(([, , , countries]) =>
		(countries ? countries.split(',') : []).map((code) => {
			let id = idOf.get(code);
			if (id === undefined) idOf.set(code, (id = table.push(code) - 1));
			return id;
		})
	);
	const goneCodes = gone.reduce((n, p) => n + index.countryStart[p + 1] - index.countryStart[p], 0);
	const seq = new Uint32Array(count);
	const first = new Int32Array(count);
	const last = new Int32Array(count);
	const countryStart = new Uint32Array(count + 1);
	const codes = new Uint8Array(index.codes.length - goneCodes + rowCodes.reduce((n, c) => n + c.length, 0));
	// As the builder does: a weight column once any row has a weight, the others weighing 1; none in an empty index.
	const weight = count > 0 && (index.weight || rows.some((row) => row[4] !== undefined)) ? new Uint32Array(count) : undefined;
	const countriesOf = (i: number) => Array.from(index.codes.subarray(index.countryStart[i], index.countryStart[i + 1]), (id) => table[id]).join(',');
	// Old row i before new row r in the index's order (sortRows).
	const before = (i: number, [s, f, l, c]: IndexRow) => {
		if (index.first[i] !== f) return index.first[i] < f;
		if (index.last[i] !== l) return index.last[i] < l;
		const mine = countriesOf(i);
		return mine !== c ? mine < c : index.seq[i] < s;
	};
	let i = 0;
	let out = 0;
	// Old rows [i, to) copied as one block with their codes (none of them removed).
	const copyBlock = (to: number) => {
		const [from, codeFrom, codeTo] = [i, index.countryStart[i], index.countryStart[to]];
		seq.set(index.seq.subarray(from, to), out);
		first.set(index.first.subarray(from, to), out);
		last.set(index.last.subarray(from, to), out);
		if (weight) {
			if (index.weight) weight.set(index.weight.subarray(from, to), out);
			else weight.fill(1, out, out + to - from);
		}
		codes.set(index.codes.subarray(codeFrom, codeTo), countryStart[out]);
		const shift = countryStart[out] - codeFrom;
		for (let k = from; k < to; k++) countryStart[++out] = index.countryStart[k + 1] + shift;
		i = to;
	};
	// Old rows [i, to) but the removed ones.
	let g = 0;
	const copyOld = (to: number) => {
		for (; g < gone.length && gone[g] < to; g++) {
			copyBlock(gone[g]);
			i = gone[g] + 1;
		}
		copyBlock(to);
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
		if (weight) weight[out] = row[4] ?? 1;
		codes.set(rowCodes[r], countryStart[out]);
		countryStart[out + 1] = countryStart[out] + rowCodes[r].length;
		out++;
	});
	copyOld(index.count);
	return { count, seq, first, last, countryStart, ...renumbered(codes, table), ...(weight && { weight }) };
}

/** Where the rows numbered in `seqs` are in `column`, in order. */
function positionsOf(column: Uint32Array, seqs: ReadonlySet<number>): number[] {
	const positions: number[] = [];
	for (let p = 0; p < column.length; p++) if (seqs.has(column[p])) positions.push(p);
	return positions;
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
