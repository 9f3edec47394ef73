import { describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndex, IndexBuilder } from './event-index';

const copy = (bytes: Uint8Array) => bytes.slice().buffer;

describe('event index', () => {
	it('round-trips events through the binary form', () => {
		const builder = new IndexBuilder();
		builder.add(7, 16_283, 16_283, ['RU', 'CN']);
		builder.add(9, 16_252, 16_282, ['CN', 'US']);
		builder.add(12, 15_706, 16_070, []);
		const index = decodeIndex(copy(encodeIndex(builder.build())));
		expect(index.count).toBe(3);
		expect([...index.seq]).toEqual([7, 9, 12]);
		expect([...index.first]).toEqual([16_283, 16_252, 15_706]);
		expect([...index.last]).toEqual([16_283, 16_282, 16_070]);
		const countriesOf = (i: number) =>
			[...index.codes.subarray(index.countryStart[i], index.countryStart[i + 1])].map((c) => index.countries[c]);
		expect([0, 1, 2].map(countriesOf)).toEqual([['RU', 'CN'], ['CN', 'US'], []]);
	});

	it('round-trips weighed rows (stories) as DLX3, and leaves unweighed ones DLX2', () => {
		const builder = new IndexBuilder();
		builder.add(3, 16_283, 16_283, ['UA', 'MY'], 7);
		builder.add(5, 16_071, 16_436, ['RU']);
		builder.add(8, 16_200, 16_200, [], 70_000);
		const bytes = encodeIndex(builder.build());
		expect(new DataView(bytes.buffer).getUint32(0, true)).toBe(0x33584c44); // "DLX3"
		const index = decodeIndex(copy(bytes));
		expect([...index.weight!]).toEqual([7, 1, 70_000]);
		expect([...index.seq]).toEqual([3, 5, 8]);
		expect([...index.last]).toEqual([16_283, 16_436, 16_200]);
		expect(index.codes.subarray(index.countryStart[0], index.countryStart[1]).length).toBe(2);
		const plain = new IndexBuilder();
		plain.add(3, 16_283, 16_283, ['UA']);
		const unweighed = encodeIndex(plain.build());
		expect(new DataView(unweighed.buffer).getUint32(0, true)).toBe(0x32584c44); // "DLX2"
		expect(decodeIndex(copy(unweighed)).weight).toBeUndefined();
	});

	it('encodes an empty data set', () => {
		const index = decodeIndex(copy(encodeIndex(new IndexBuilder().build())));
		expect(index.count).toBe(0);
		expect(index.countries).toEqual([]);
	});

	it('rejects what is not an index', () => {
		expect(() => decodeIndex(new ArrayBuffer(4))).toThrow(/truncated/);
		expect(() => decodeIndex(new Uint8Array(32).buffer)).toThrow(/not a Dateline index/);
	});
});
