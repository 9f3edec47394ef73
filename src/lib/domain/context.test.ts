import { describe, expect, it } from 'vitest';
import { isContext } from './context';
import { utcDay } from './days';

describe('isContext', () => {
	// Three weeks around MH17: 10–31 July 2014, 22 days.
	const window = { from: utcDay(2014, 7, 10), to: utcDay(2014, 7, 31) };

	it('takes a story longer than the window for context (a month or a year in three weeks), and one that fits for content', () => {
		expect(isContext(365, window)).toBe(true);
		expect(isContext(31, window)).toBe(true);
		expect(isContext(23, window)).toBe(true);
		expect(isContext(22, window)).toBe(false);
		expect(isContext(7, window)).toBe(false);
		expect(isContext(1, window)).toBe(false);
	});

	it('in a long window, takes what is coarser than a month for context', () => {
		// Four years, as the bundled articles span: months and weeks are content, quarters and years context.
		const years = { from: utcDay(2013, 1, 1), to: utcDay(2016, 12, 31) };
		expect(isContext(31, years)).toBe(false);
		expect(isContext(7, years)).toBe(false);
		expect(isContext(92, years)).toBe(true);
		expect(isContext(365, years)).toBe(true);
		// One year: a month is content, a quarter is not.
		const year = { from: utcDay(2014, 1, 1), to: utcDay(2014, 12, 31) };
		expect(isContext(31, year)).toBe(false);
		expect(isContext(92, year)).toBe(true);
		// Decades (a mention of 1979 in data of the 2010s): still a month.
		const decades = { from: utcDay(1979, 1, 1), to: utcDay(2016, 12, 31) };
		expect(isContext(31, decades)).toBe(false);
		expect(isContext(92, decades)).toBe(true);
		expect(isContext(365, decades)).toBe(true);
	});

	it('takes nothing for context without both ends of a window', () => {
		expect(isContext(3650, { from: null, to: null })).toBe(false);
		expect(isContext(3650, { from: window.from, to: null })).toBe(false);
	});
});
