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

	it('takes nothing for context without both ends of a window', () => {
		expect(isContext(3650, { from: null, to: null })).toBe(false);
		expect(isContext(3650, { from: window.from, to: null })).toBe(false);
	});
});
