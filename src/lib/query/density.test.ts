import { describe, expect, it } from 'vitest';
import { IndexBuilder } from '../domain/event-index';
import { cumulativeDensity, cumulativeDensityByCountry, cumulativeFromChanges } from './density';
import { indexColumns } from './event-table';

/** Index columns of events given as [first day, last day, countries]. */
function columnsOf(events: [number, number, string[]][]) {
	const builder = new IndexBuilder();
	events.forEach(([first, last, countries], i) => builder.add(i + 1, first, last, countries));
	return indexColumns(builder.build());
}

describe('cumulativeDensity', () => {
	it('is all zeros without events', () => {
		expect([...cumulativeDensity(columnsOf([]))]).toEqual([0, 0, 0]);
	});

	it('puts a one-day event on its day', () => {
		expect([...cumulativeDensity(columnsOf([[5, 5, ['RU']]]))]).toEqual([0, 1, 1]);
	});

	it('spreads an event over all its days, across the whole domain', () => {
		// Days 10..13: a four-day event weighs 1/4 a day, a one-day event on day 11 weighs 1.
		const columns = columnsOf([
			[10, 13, ['RU', 'CN']],
			[11, 11, ['RU']]
		]);
		expect([...cumulativeDensity(columns)]).toEqual([0, 0.25, 1.5, 1.75, 2, 2]);
	});

	it('counts only the events at the given positions', () => {
		const columns = columnsOf([
			[11, 11, ['RU']],
			[10, 13, ['RU', 'CN']]
		]);
		// Position 1 in date order is the one-day event, though it was added first.
		expect([...cumulativeDensity(columns, Uint32Array.of(1))]).toEqual([0, 0, 1, 1, 1, 1]);
		expect([...cumulativeDensity(columns, new Uint32Array(0))]).toEqual([0, 0, 0, 0, 0, 0]);
	});
});

describe('cumulativeDensityByCountry', () => {
	it('gives each country its own row', () => {
		const columns = columnsOf([
			[10, 13, ['RU', 'CN']],
			[11, 11, ['RU']]
		]);
		expect([...cumulativeDensityByCountry(columns, 2)]).toEqual([0, 0.25, 1.5, 1.75, 2, 2, 0, 0.25, 0.5, 0.75, 1, 1]);
	});

	it('has no rows without countries, and empty rows without events', () => {
		expect([...cumulativeDensityByCountry(columnsOf([]), 0)]).toEqual([]);
		expect([...cumulativeDensityByCountry(columnsOf([]), 2)]).toEqual([0, 0, 0, 0, 0, 0]);
	});

	it('gives a country exactly the row cumulativeDensity gives for its events', () => {
		const columns = columnsOf([
			[10, 40, ['CN']],
			[12, 12, ['RU', 'CN']],
			[13, 19, ['RU']],
			[20, 400, ['RU']]
		]);
		// CN is country 0 (it comes first), RU country 1; positions in date order.
		const width = columns.maxDay - columns.minDay + 3;
		const byCountry = cumulativeDensityByCountry(columns, 2);
		const ru = cumulativeDensity(columns, Uint32Array.of(1, 2, 3));
		expect(byCountry.subarray(0, width)).toEqual(cumulativeDensity(columns, Uint32Array.of(0, 1)));
		expect(byCountry.subarray(width, 2 * width)).toEqual(ru);
		expect(ru[width - 1]).toBeCloseTo(3, 12);
	});
});

describe('cumulativeFromChanges', () => {
	it('sums changes twice, one row per series', () => {
		expect([...cumulativeFromChanges(Float64Array.of(1, -1, 0))]).toEqual([0, 1, 1, 1]);
		// Two series interleaved day by day: (2, 0.5) on day 0, (−2, 0) on day 1, (0, −0.5) on day 2.
		expect([...cumulativeFromChanges(Float64Array.of(2, 0.5, -2, 0, 0, -0.5), 2)]).toEqual([0, 2, 2, 2, 0, 0.5, 1, 1]);
	});

	it('gives one zero for no days', () => {
		expect([...cumulativeFromChanges(new Float64Array(0))]).toEqual([0]);
	});
});
