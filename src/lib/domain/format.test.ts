import { describe, expect, it } from 'vitest';
import { formatEventDate } from './format';
import type { Granularity } from './types';

describe('formatEventDate', () => {
	it.each<[string, Granularity, string]>([
		['2014-08-18', 'day', '18 August 2014'],
		['2014-07', 'month', 'July 2014'],
		['2013', 'year', '2013'],
		['2014-Q3', 'quarter', 'Q3 2014'],
		['2014-SU', 'season', 'Summer 2014'],
		['199', 'decade', 'the 1990s'],
		['2014-W34', 'week', 'week of 18 Aug 2014'],
		['2014-03-01/2014-08-18', 'range', '1 Mar 2014 – 18 Aug 2014'],
		['PAST_REF', 'unknown', 'PAST_REF']
	])('%s (%s) reads "%s"', (value, granularity, expected) => {
		expect(formatEventDate(value, granularity)).toBe(expected);
	});
});
