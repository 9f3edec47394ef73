/**
 * The compact event index the client filters locally: per event only its
 * number, first and last day and countries, as typed-array columns in one
 * binary buffer. The columns are written as differences that are mostly small
 * (days after the previous event, the event's length in days, its number of
 * countries), so gzip shrinks them well; the client rebuilds the columns in
 * one pass, with no parsing.
 *
 * Rows are events (`/api/index`, 'DLX2') or stories (`/api/stories/index`,
 * 'DLX3', which adds a weight per row: a story's independent outlets, or 1 for
 * each article telling it when coverage is counted).
 *
 * Layout (little-endian, every section 4-byte aligned):
 *   u32 magic 'DLX2' or 'DLX3', u32 count, u32 countryTableSize, u32 codesLength
 *   countryTableSize × 2 ASCII bytes (padded to 4)   ISO codes; events refer to them by position
 *   u32 seq[count]            the event's number; `/api/events?seq=` turns it into details
 *   i32 firstStep[count]      first day minus the previous event's first day (the first event's is absolute)
 *   i32 length[count]         last day minus first day
 *   u32 weight[count]         'DLX3' only: what the row counts for
 *   u8  countryCount[count]   (padded to 4) how many of `codes` are this event's, most salient first
 *   u8  codes[codesLength]
 */

export interface EventIndex {
	count: number;
	countries: string[];
	seq: Uint32Array;
	/** First and last days (UTC day numbers). */
	first: Int32Array;
	last: Int32Array;
	/** Event i's countries are codes[countryStart[i] .. countryStart[i + 1]). */
	countryStart: Uint32Array;
	codes: Uint8Array;
	/** What each row counts for ('DLX3': stories weighed by outlets); absent, every row counts 1. */
	weight?: Uint32Array;
}

const MAGIC = 0x32584c44; // 'DLX2' read as little-endian u32
const WEIGHTED = 0x33584c44; // 'DLX3'
const pad4 = (n: number) => (n + 3) & ~3;

export function encodeIndex(index: EventIndex): Uint8Array {
	const { count, countries, codes } = index;
	if (countries.length > 256) throw new Error('at most 256 countries fit the index');
	const tableBytes = pad4(countries.length * 2);
	const columns = index.weight ? 4 : 3;
	const size = 16 + tableBytes + 4 * count * columns + pad4(count) + pad4(codes.length);
	const buffer = new ArrayBuffer(size);
	new Uint32Array(buffer, 0, 4).set([index.weight ? WEIGHTED : MAGIC, count, countries.length, codes.length]);
	const table = new Uint8Array(buffer, 16, tableBytes);
	countries.forEach((code, i) => table.set([code.charCodeAt(0), code.charCodeAt(1)], i * 2));
	let offset = 16 + tableBytes;
	new Uint32Array(buffer, offset, count).set(index.seq);
	const step = new Int32Array(buffer, (offset += 4 * count), count);
	const length = new Int32Array(buffer, (offset += 4 * count), count);
	if (index.weight) new Uint32Array(buffer, (offset += 4 * count), count).set(index.weight);
	const countryCount = new Uint8Array(buffer, (offset += 4 * count), count);
	for (let i = 0; i < count; i++) {
		step[i] = index.first[i] - (i > 0 ? index.first[i - 1] : 0);
		length[i] = index.last[i] - index.first[i];
		countryCount[i] = index.countryStart[i + 1] - index.countryStart[i];
	}
	new Uint8Array(buffer, offset + pad4(count), codes.length).set(codes);
	return new Uint8Array(buffer);
}

/** Reads an index: `seq`, `weight` and `codes` are views into `buffer`, the other columns are rebuilt in one pass. */
export function decodeIndex(buffer: ArrayBuffer): EventIndex {
	if (buffer.byteLength < 16) throw new Error('event index: truncated header');
	const [magic, count, tableSize, codesLength] = new Uint32Array(buffer, 0, 4);
	if (magic !== MAGIC && magic !== WEIGHTED) throw new Error('event index: not a Dateline index');
	const table = new Uint8Array(buffer, 16, tableSize * 2);
	const countries = Array.from({ length: tableSize }, (_, i) => String.fromCharCode(table[2 * i], table[2 * i + 1]));
	let offset = 16 + pad4(tableSize * 2);
	const seq = new Uint32Array(buffer, offset, count);
	const step = new Int32Array(buffer, (offset += 4 * count), count);
	const length = new Int32Array(buffer, (offset += 4 * count), count);
	const weight = magic === WEIGHTED ? new Uint32Array(buffer, (offset += 4 * count), count) : undefined;
	const countryCount = new Uint8Array(buffer, (offset += 4 * count), count);
	const codes = new Uint8Array(buffer, offset + pad4(count), codesLength);
	const first = new Int32Array(count);
	const last = new Int32Array(count);
	const countryStart = new Uint32Array(count + 1);
	for (let i = 0, day = 0; i < count; i++) {
		first[i] = day += step[i];
		last[i] = day + length[i];
		countryStart[i + 1] = countryStart[i] + countryCount[i];
	}
	return { count, countries, seq, first, last, countryStart, codes, ...(weight && { weight }) };
}

/** Builds an index from events (or stories) given one at a time (in any order); weighed if any row has a weight. */
export class IndexBuilder {
	private countryIds = new Map<string, number>();
	private seq: number[] = [];
	private first: number[] = [];
	private last: number[] = [];
	private countryStart: number[] = [0];
	private codes: number[] = [];
	private weight: number[] | undefined;

	add(seq: number, first: number, last: number, countries: readonly string[], weight?: number): void {
		if (weight !== undefined) (this.weight ??= new Array<number>(this.seq.length).fill(1)).push(weight);
		else this.weight?.push(1);
		this.seq.push(seq);
		this.first.push(first);
		this.last.push(last);
		for (const code of countries) {
			let id = this.countryIds.get(code);
			if (id === undefined) this.countryIds.set(code, (id = this.countryIds.size));
			this.codes.push(id);
		}
		this.countryStart.push(this.codes.length);
	}

	build(): EventIndex {
		return {
			count: this.seq.length,
			countries: [...this.countryIds.keys()],
			seq: Uint32Array.from(this.seq),
			first: Int32Array.from(this.first),
			last: Int32Array.from(this.last),
			countryStart: Uint32Array.from(this.countryStart),
			codes: Uint8Array.from(this.codes),
			...(this.weight && { weight: Uint32Array.from(this.weight) })
		};
	}
}
