import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './days';
import { coverage, granularityOf, isoWeek } from './timex';

const span = (value: string) => {
	const c = coverage(value);
	return c && [formatDay(c.first), formatDay(c.last)];
};

describe('coverage', () => {
	it.each([
		['2014-08-18', ['2014-08-18', '2014-08-18']],
		['2014-07', ['2014-07-01', '2014-07-31']],
		['2016-02', ['2016-02-01', '2016-02-29']],
		['2013', ['2013-01-01', '2013-12-31']],
		['199', ['1990-01-01', '1999-12-31']],
		['2014-Q3', ['2014-07-01', '2014-09-30']],
		['2014-W33', ['2014-08-11', '2014-08-17']],
		['2015-W01', ['2014-12-29', '2015-01-04']],
		['2014-SU', ['2014-06-01', '2014-08-31']],
		['2014-WI', ['2014-12-01', '2015-02-28']],
		['2014-03-01/2014-08-18', ['2014-03-01', '2014-08-18']],
		['2010/2013', ['2010-01-01', '2013-12-31']]
	])('%s covers %j', (value, expected) => {
		expect(span(value)).toEqual(expected);
	});

	it.each(['PRESENT_REF', 'XXXX-10', '2014-02-30', '2014-13', '2014-W54', '2014-08-18/2014-08-01', '', 'garbage'])(
		'%s covers no definite days',
		(value) => expect(coverage(value)).toBeNull()
	);
});

describe('granularityOf', () => {
	it.each([
		['2014-08-18', 'day'],
		['2014-W33', 'week'],
		['2014-07', 'month'],
		['2014-Q3', 'quarter'],
		['2014-SU', 'season'],
		['2013', 'year'],
		['199', 'decade'],
		['2010/2013', 'range'],
		['PAST_REF', 'unknown']
	])('%s is a %s', (value, g) => expect(granularityOf(value)).toBe(g));
});

describe('days in UTC whatever the local zone', () => {
	it('rejects impossible dates', () => {
		expect(parseDay('2014-02-30')).toBeNull();
		expect(parseDay('2014-2-3')).toBeNull();
		expect(parseDay('2016-02-29')).not.toBeNull();
	});
	it('round-trips a day through its number', () => {
		for (const iso of ['1970-01-01', '1999-12-31', '2014-08-18', '2038-01-19']) {
			expect(formatDay(parseDay(iso)!)).toBe(iso);
		}
	});
	it('numbers ISO weeks', () => {
		expect(isoWeek(parseDay('2014-08-18')!)).toEqual([2014, 34]);
		expect(isoWeek(parseDay('2014-12-29')!)).toEqual([2015, 1]);
		expect(isoWeek(parseDay('2010-01-03')!)).toEqual([2009, 53]);
	});
});
