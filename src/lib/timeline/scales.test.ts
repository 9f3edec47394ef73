import { describe, expect, it } from 'vitest';
import { cumulativeDensity } from '$lib/query/event-table';
import { binDensity, dayScale, dayX, xDay } from './scales';

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
		const bins = binDensity(cumulativeDensity(density), 0, 0, 9, 5);
		expect([...bins].map((b) => +b.toFixed(3))).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
		expect(binDensity(cumulativeDensity(density), 0, -10, -1, 2).every((b) => b === 0)).toBe(true);
	});
});
