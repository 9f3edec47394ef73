/**
 * The compact event index the client filters locally: per event only its
 * number, first and last day and countries, as typed-array columns in one
 * binary buffer. A million events take about 17 MB raw and a few MB gzipped,
 * and the client reads the columns without parsing anything.
 *
 * Layout (little-endian, every section 4-byte aligned):
 *   u32 magic 'DLX1', u32 count, u32 countryTableSize, u32 codesLength
 *   countryTableSize × 2 ASCII bytes (padded to 4)   ISO codes; events refer to them by position
 *   u32 seq[count]            the event's number; `/api/events?seq=` turns it into details
 *   i32 first[count]          UTC day numbers
 *   i32 last[count]
 *   u32 countryStart[count+1] event i's countries are codes[countryStart[i] .. countryStart[i+1]), most salient first
 *   u8  codes[codesLength]
 */

export interface EventIndex {
	count: number;
	countries: string[];
	seq: Uint32Array;
	first: Int32Array;
	last: Int32Array;
	countryStart: Uint32Array;
	codes: Uint8Array;
}

const MAGIC = 0x31584c44; // 'DLX1' read as little-endian u32
const pad4 = (n: number) => (n + 3) & ~3;

export function encodeIndex(index: EventIndex): Uint8Array {
	const { count, countries, codes } = index;
	if (countries.length > 256) throw new Error('at most 256 countries fit the index');
	const tableBytes = pad4(countries.length * 2);
	const size = 16 + tableBytes + 4 * count * 3 + 4 * (count + 1) + pad4(codes.length);
	const buffer = new ArrayBuffer(size);
	const header = new Uint32Array(buffer, 0, 4);
	header.set([MAGIC, count, countries.length, codes.length]);
	const table = new Uint8Array(buffer, 16, tableBytes);
	countries.forEach((code, i) => table.set([code.charCodeAt(0), code.charCodeAt(1)], i * 2));
	let offset = 16 + tableBytes;
	for (const column of [index.seq, index.first, index.last, index.countryStart]) {
		new Uint8Array(buffer, offset, column.byteLength).set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
		offset += column.byteLength;
	}
	new Uint8Array(buffer, offset, codes.length).set(codes);
	return new Uint8Array(buffer);
}

/** Reads an index without copying: the columns are views into `buffer`. */
export function decodeIndex(buffer: ArrayBuffer): EventIndex {
	if (buffer.byteLength < 16) throw new Error('event index: truncated header');
	const [magic, count, tableSize, codesLength] = new Uint32Array(buffer, 0, 4);
	if (magic !== MAGIC) throw new Error('event index: not a Dateline index');
	const table = new Uint8Array(buffer, 16, tableSize * 2);
	const countries = Array.from({ length: tableSize }, (_, i) => String.fromCharCode(table[2 * i], table[2 * i + 1]));
	let offset = 16 + pad4(tableSize * 2);
	const take = <T>(make: (offset: number) => T, bytes: number): T => {
		const column = make(offset);
		offset += bytes;
		return column;
	};
	const seq = take((o) => new Uint32Array(buffer, o, count), 4 * count);
	const first = take((o) => new Int32Array(buffer, o, count), 4 * count);
	const last = take((o) => new Int32Array(buffer, o, count), 4 * count);
	const countryStart = take((o) => new Uint32Array(buffer, o, count + 1), 4 * (count + 1));
	const codes = new Uint8Array(buffer, offset, codesLength);
	return { count, countries, seq, first, last, countryStart, codes };
}

/** Builds an index from events given one at a time (in any order). */
export class IndexBuilder {
	private countryIds = new Map<string, number>();
	private seq: number[] = [];
	private first: number[] = [];
	private last: number[] = [];
	private countryStart: number[] = [0];
	private codes: number[] = [];

	add(seq: number, first: number, last: number, countries: readonly string[]): void {
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
			codes: Uint8Array.from(this.codes)
		};
	}
}
