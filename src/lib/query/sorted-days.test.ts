import { describe, expect, it } from 'vitest';
import { IndexBuilder } from '../domain/event-index';
import { indexColumns } from './event-table';
import { countryKeys } from './postings';
import { byLastDay, overlapping, sortedDays } from './sorted-days';

/** Index columns of events given as [first day, last day, countries]. */
function columnsOf(events: [number, number, string[]][]) {
	const builder = new IndexBuilder();
	events.forEach(([first, last, countries], i) => builder.add(i + 1, first, last, countries));
	return indexColumns(builder.build());
}

// RU is country 0, CN country 1. In date order: [10, 30] RU CN, [12, 12] CN, [15, 16] RU, [20, 20] RU.
const columns = columnsOf([
	[20, 20, ['RU']],
	[10, 30, ['RU', 'CN']],
	[15, 16, ['RU']],
	[12, 12, ['CN']]
]);

describe('sortedDays', () => {
	it('sorts each key’s first days and last days', () => {
		expect(sortedDays(columns, countryKeys(columns), null)).toEqual({
			offsets: Uint32Array.of(0, 3, 5),
			firsts: Int32Array.of(10, 15, 20, 10, 12),
			lasts: Int32Array.of(16, 20, 30, 12, 30)
		});
	});

	it('takes only the events at the given positions', () => {
		expect(sortedDays(columns, countryKeys(columns), Uint32Array.of(0, 3))).toEqual({
			offsets: Uint32Array.of(0, 2, 3),
			firsts: Int32Array.of(10, 20, 10),
			lasts: Int32Array.of(20, 30, 30)
		});
	});

	it('is empty without events', () => {
		const none = columnsOf([]);
		expect(sortedDays(none, countryKeys(none), null)).toEqual({ offsets: Uint32Array.of(0), firsts: new Int32Array(0), lasts: new Int32Array(0) });
	});
});

describe('overlapping', () => {
	const days = sortedDays(columns, countryKeys(columns), null);
	const count = (k: number, from: number, to: number) => overlapping(days, k, from, to);

	it('counts the events that overlap a window, both ends included', () => {
		expect([count(0, 10, 30), count(1, 10, 30)]).toEqual([3, 2]);
		expect([count(0, 17, 19), count(1, 17, 19)]).toEqual([1, 1]);
		expect([count(0, 16, 20), count(0, 21, 21), count(1, 13, 29)]).toEqual([3, 1, 1]);
	});

	it('counts one-day windows, on an event’s first and last day', () => {
		expect([count(0, 10, 10), count(0, 30, 30), count(1, 12, 12), count(0, 12, 12)]).toEqual([1, 1, 2, 1]);
	});

	it('counts nothing outside the events’ days, or in an empty window', () => {
		expect([count(0, 0, 9), count(0, 31, 99), count(1, 20, 10), count(0, 31, 0)]).toEqual([0, 0, 0, 0]);
	});

	it('counts nothing for a key without events', () => {
		expect(overlapping({ offsets: Uint32Array.of(0, 0), firsts: new Int32Array(0), lasts: new Int32Array(0) }, 0, 0, 100)).toBe(0);
	});
});

describe('byLastDay', () => {
	it('orders the events at the given positions by their last day', () => {
		// Events 0..3 as added; in date order 1, 3, 2, 0.
		expect([...byLastDay(columns, null)]).toEqual([3, 2, 0, 1]);
		expect([...byLastDay(columns, Uint32Array.of(0, 2))]).toEqual([2, 1]);
	});

	it('keeps date order among events that end the same day', () => {
		const same = columnsOf([
			[5, 9, []],
			[9, 9, []],
			[1, 9, []]
		]);
		expect([...byLastDay(same, null)]).toEqual([2, 0, 1]);
	});

	it('is empty without events', () => {
		expect([...byLastDay(columnsOf([]), null)]).toEqual([]);
	});
});
