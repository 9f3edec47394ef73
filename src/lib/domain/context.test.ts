import { describe, expect, it } from 'vitest';
import { isContext } from './context';
import { utcDay } from './days';

describe('isContext', () => {
	// Three weeks around MH17: 10–31 July 2014, 22 days.
	const window = { from: utcDay(2014, 7, 10), to: utcDay(2014, 7, 31) };

	it('takes a year-long story in a three-week window for context, and a day or a month for content', () => {
		expect(isContext(365, window)).toBe(true);
		expect(isContext(1, window)).toBe(false);
		expect(isContext(31, window)).toBe(false);
		expect(isContext(44, window)).toBe(false);
		expect(isContext(45, window)).toBe(true);
	});

	it('takes nothing for context without both ends of a window', () => {
		expect(isContext(3650, { from: null, to: null })).toBe(false);
		expect(isContext(3650, { from: window.from, to: null })).toBe(false);
	});
});
