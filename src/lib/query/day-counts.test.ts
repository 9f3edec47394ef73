import { describe, expect, it } from 'vitest';
import { IndexBuilder } from '../domain/event-index';
import { DayCounts } from './day-counts';
import { indexColumns } from './event-table';

/** Day counts of events given as [first day, last day, countries], and a window's [total, counts]. */
function countsOf(events: [number, number, string[]][]) {
	const builder = new IndexBuilder();
	events.forEach(([first, last, countries], i) => builder.add(i + 1, first, last, countries));
	const columns = indexColumns(builder.build());
	const counts = new DayCounts(columns);
	return (from: number, to: number): [number, number[]] => {
		const out = new Float64Array(columns.countries.length);
		return [counts.countsInWindow(from, to, out), [...out]];
	};
}

describe('DayCounts', () => {
	// RU is 0, CN 1: an event over the whole domain, days 100..200, and two single days.
	const window = countsOf([
		[100, 200, ['RU']],
		[100, 100, ['CN', 'RU']],
		[200, 200, ['CN']]
	]);

	it('counts the events overlapping a window, by country and in all', () => {
		expect(window(100, 200)).toEqual([3, [2, 2]]);
		expect(window(101, 199)).toEqual([1, [1, 0]]);
		expect(window(100, 100)).toEqual([2, [2, 1]]);
		expect(window(200, 200)).toEqual([2, [1, 1]]);
	});

	it('clamps windows reaching past the data’s days', () => {
		expect(window(-1000, 1000)).toEqual([3, [2, 2]]);
		expect(window(150, 5000)).toEqual([2, [1, 1]]);
		expect(window(0, 99)).toEqual([0, [0, 0]]);
		expect(window(201, 300)).toEqual([0, [0, 0]]);
	});

	it('counts nothing in an empty window', () => {
		expect(window(150, 149)).toEqual([0, [0, 0]]);
	});

	it('counts nothing without events', () => {
		expect(countsOf([])(-1000, 1000)).toEqual([0, []]);
	});

	it('counts events of one day, and events without countries', () => {
		const oneDay = countsOf([
			[7, 7, []],
			[7, 7, ['UA']]
		]);
		expect([oneDay(7, 7), oneDay(6, 6), oneDay(8, 8)]).toEqual([
			[2, [1]],
			[0, [0]],
			[0, [0]]
		]);
	});
});
