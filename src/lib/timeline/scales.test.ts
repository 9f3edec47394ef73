import { describe, expect, it } from 'vitest';
import { cumulativeFromChanges } from '$lib/query/density';
import { parseDay } from '$lib/domain/days';
import { binDensity, dayScale, dayTicks, dayX, densityBins, densityScale, xDay } from './scales';

describe('timeline scales', () => {
	it('maps whole UTC days to pixels, in any local time zone', () => {
		const x = dayScale(0, 9, 0, 100);
		expect(dayX(x, 0)).toBe(0);
		expect(dayX(x, 10)).toBe(100);
		expect(xDay(x, 55)).toBe(5);
	});
	it('gives a one-day domain a width', () => {
		const x = dayScale(5, 5, 10, 110);
		expect(dayX(x, 6) - dayX(x, 5)).toBe(100);
	});
	it('bins density by two lookups per bin, conserving mass', () => {
		const density = new Float64Array(11);
		density[0] += 1 / 10; // one event spread over days 0..9
		density[10] -= 1 / 10;
		const bins = binDensity(cumulativeFromChanges(density), 0, 0, 9, 5);
		expect([...bins].map((b) => +b.toFixed(3))).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
		expect(binDensity(cumulativeFromChanges(density), 0, -10, -1, 2).every((b) => b === 0)).toBe(true);
	});
});

describe('axis ticks', () => {
	it('labels each tick by the coarsest unit it starts, in UTC', () => {
		const labels = (first: string, last: string, width: number) =>
			dayTicks(dayScale(parseDay(first)!, parseDay(last)!, 0, width)).map((t) => t.label);
		expect(labels('2010-01-01', '2019-12-31', 900)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020']);
		expect(labels('2014-01-01', '2014-12-31', 900)).toContain('August');
		expect(labels('2014-01-01', '2014-12-31', 900)[0]).toBe('2014');
		// Sundays start a week: they carry the month's name.
		expect(labels('2014-08-01', '2014-08-31', 900).slice(0, 6)).toEqual(['Sat 02', 'Mon 04', 'Wed 06', 'Fri 08', 'Aug 10', 'Tue 12']);
	});
	it('never ticks the hours of a one-day window', () => {
		const ticks = dayTicks(dayScale(parseDay('2014-08-18')!, parseDay('2014-08-18')!, 0, 1200));
		expect(ticks.map((t) => t.label)).toEqual(['Mon 18', 'Tue 19']);
		expect(ticks[0].x).toBe(0);
	});
	it('marks the first day of each year for a stronger gridline', () => {
		const ticks = dayTicks(dayScale(parseDay('2013-06-01')!, parseDay('2015-06-01')!, 0, 900));
		expect(ticks.filter((t) => t.year).map((t) => t.label)).toEqual(['2014', '2015']);
	});
	it('bins a density by three pixels of its chart', () => {
		const cumulative = new Float64Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); // one event a day, days 0..9
		const bins = densityBins(dayScale(0, 9, 0, 30), cumulative, 0);
		expect(bins).toHaveLength(10);
		expect([...bins].every((mass) => Math.abs(mass - 1) < 1e-9)).toBe(true);
	});
	it('scales a density to its highest bin, and cuts off higher ones', () => {
		const y = densityScale(new Float64Array([1, 4, 2]), 10, 50);
		expect(y(0)).toBe(50);
		expect(y(4)).toBe(10);
		expect(y(2)).toBe(30);
		expect(y(8)).toBe(10);
		expect(densityScale(new Float64Array(3), 10, 50)(0)).toBe(50);
	});
});
