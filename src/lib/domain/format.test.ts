import { describe, expect, it } from 'vitest';
import { parseDay } from './days';
import { formatDaySpan, formatEventDate, formatPublished } from './format';
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

describe('formatPublished', () => {
	it.each([
		['2014-08-18', '18 August 2014'],
		['2016-03', 'March 2016']
	])('%s reads "%s"', (published, expected) => {
		expect(formatPublished(published)).toBe(expected);
	});
});

describe('formatDaySpan', () => {
	it.each([
		['2014-08-18', '2014-08-18', '18 August 2014'],
		['2014-07-01', '2014-07-31', 'July 2014'],
		['2012-02-01', '2012-02-29', 'February 2012'],
		['2013-01-01', '2013-12-31', '2013'],
		['2014-08-18', '2014-08-24', '18 Aug 2014 – 24 Aug 2014'],
		['2014-07-01', '2014-09-30', '1 Jul 2014 – 30 Sep 2014'],
		['2013-12-01', '2014-01-31', '1 Dec 2013 – 31 Jan 2014']
	])('%s to %s reads "%s"', (first, last, expected) => {
		expect(formatDaySpan(parseDay(first)!, parseDay(last)!)).toBe(expected);
	});
});
