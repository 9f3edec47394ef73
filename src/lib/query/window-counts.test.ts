import { describe, expect, it } from 'vitest';
import { IndexBuilder } from '../domain/event-index';
import { buildCountryIndex, CountryIndex } from './country-index';
import { EventTable, indexColumns } from './event-table';
import { SelectionDays } from './selection-days';
import type { WindowCounts } from './window-counts';

/** A table of events given as [first day, last day, countries], with its country index. */
function tableOf(events: [number, number, string[]][]): EventTable {
	const builder = new IndexBuilder();
	events.forEach(([first, last, countries], i) => builder.add(i + 1, first, last, countries));
	const table = new EventTable(builder.build());
	table.countryIndex = new CountryIndex(buildCountryIndex(indexColumns(table)), table);
	return table;
}

/** [total, counts by country id] of a window. */
function counts(source: WindowCounts, K: number, from: number, to: number): [number, number[]] {
	const out = new Float64Array(K).fill(-1);
	const total = source.countsInWindow(from, to, out);
	return [total, [...out]];
}

// RU is 0, CN 1, US 2. Day 10..30: one event spans them all; the others are a day or a few.
const table = tableOf([
	[10, 30, ['RU', 'CN']],
	[12, 12, ['CN']],
	[15, 16, ['RU', 'US']],
	[20, 20, ['RU']],
	[30, 30, []]
]);
const all = Uint32Array.from({ length: table.count }, (_, i) => i);

describe('countsInWindow', () => {
	it('counts every event of the table, by country and in all', () => {
		expect(counts(table, 3, 10, 30)).toEqual([5, [3, 2, 1]]);
		expect(counts(table, 3, 13, 19)).toEqual([2, [2, 1, 1]]);
		expect(counts(table, 3, 30, 30)).toEqual([2, [1, 1, 0]]);
		expect(counts(table, 3, 0, 9)).toEqual([0, [0, 0, 0]]);
		expect(counts(table, 3, 31, 99)).toEqual([0, [0, 0, 0]]);
		expect(counts(table, 3, 20, 19)).toEqual([0, [0, 0, 0]]);
	});

	it('counts a selection’s events alike', () => {
		const days = new SelectionDays(table, all);
		for (const [from, to] of [
			[10, 30],
			[13, 19],
			[30, 30],
			[0, 9],
			[31, 99],
			[20, 19]
		])
			expect(counts(days, 3, from, to)).toEqual(counts(table, 3, from, to));
		// Positions 1 and 4 in date order: the CN day and the day without countries.
		expect(counts(new SelectionDays(table, Uint32Array.of(1, 4)), 3, 0, 99)).toEqual([2, [0, 1, 0]]);
	});

	it('counts one country’s events with each partner, their total being the country’s', () => {
		const ru = table.countryIndex!.days(0);
		expect(counts(ru, 3, 10, 30)).toEqual([3, [3, 1, 1]]);
		expect(counts(ru, 3, 17, 19)).toEqual([1, [1, 1, 0]]);
		expect(counts(ru, 3, 20, 19)).toEqual([0, [0, 0, 0]]);
		expect(counts(table.countryIndex!.days(2), 3, 16, 16)).toEqual([1, [1, 0, 1]]);
	});

	it('counts nothing without events', () => {
		const empty = tableOf([]);
		expect(counts(empty, 0, 0, 100)).toEqual([0, []]);
		expect(counts(new SelectionDays(empty, new Uint32Array(0)), 0, 0, 100)).toEqual([0, []]);
	});

	it('counts a table of one day', () => {
		const one = tableOf([
			[7, 7, ['RU']],
			[7, 7, ['RU', 'CN']]
		]);
		expect(counts(one, 2, 7, 7)).toEqual([2, [2, 1]]);
		expect(counts(one, 2, 0, 6)).toEqual([0, [0, 0]]);
		expect(counts(one, 2, 8, 8)).toEqual([0, [0, 0]]);
		expect(counts(one.countryIndex!.days(1), 2, 0, 100)).toEqual([1, [1, 1]]);
	});
});
