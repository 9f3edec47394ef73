import { describe, expect, it } from 'vitest';
import { IndexBuilder } from '../domain/event-index';
import { buildCountryIndex, pairKeys } from './country-index';
import { indexColumns } from './event-table';

describe('pairKeys', () => {
	it('keys an event by every pair of its countries, each with itself too, either way round', () => {
		// Event 0: countries 0 and 1; event 1: 1 then 0 (by salience); event 2: none; event 3: 2.
		const columns = { count: 4, countryStart: Uint32Array.of(0, 2, 4, 4, 5), codes: Uint8Array.of(0, 1, 1, 0, 2) };
		const keys = pairKeys(columns, 3);
		expect([...keys.start]).toEqual([0, 3, 6, 6, 7]);
		expect([...keys.keys]).toEqual([0, 1, 4, 4, 1, 0, 8]);
		expect(keys.size).toBe(9);
	});

	it('has no keys without events', () => {
		const keys = pairKeys({ count: 0, countryStart: Uint32Array.of(0), codes: new Uint8Array(0) }, 0);
		expect([[...keys.start], [...keys.keys], keys.size]).toEqual([[0], [], 0]);
	});

	it('fits the last pair of 256 countries', () => {
		const keys = pairKeys({ count: 1, countryStart: Uint32Array.of(0, 1), codes: Uint8Array.of(255) }, 256);
		expect([...keys.keys]).toEqual([65_535]);
	});
});

describe('buildCountryIndex', () => {
	it('is empty without events', () => {
		const index = buildCountryIndex(indexColumns(new IndexBuilder().build()));
		expect([...index.offsets, ...index.firsts, ...index.lasts, ...index.cumulative]).toEqual([0]);
	});

	it('holds the days of each pair and the density of each country', () => {
		const builder = new IndexBuilder();
		builder.add(1, 10, 11, ['RU', 'CN']);
		builder.add(2, 11, 11, ['CN']);
		const index = buildCountryIndex(indexColumns(builder.build()));
		// Pairs (RU, RU), (RU, CN), (CN, RU) (never used: a ≤ b), (CN, CN).
		expect([...index.offsets]).toEqual([0, 1, 2, 2, 4]);
		expect([...index.firsts]).toEqual([10, 10, 10, 11]);
		expect([...index.lasts]).toEqual([11, 11, 11, 11]);
		expect([...index.cumulative]).toEqual([0, 0.5, 1, 1, 0, 0.5, 2, 2]);
	});
});
