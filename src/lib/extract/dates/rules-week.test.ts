/**
 * Weekends (TIMEX3 `YYYY-Www-WE`) and "the week of March 6". Publication is
 * Monday 18 August 2014 (ISO week 34; the weekend before is 16–17 August,
 * week 33) unless a case says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { dates, itFindsEach, type Case } from './test-helpers';

const cases: Case[] = [
	['Officials said over the weekend that talks would resume.', 'the weekend', '2014-W33-WE', 'week'],
	['The ministers met last weekend.', 'last weekend', '2014-W33-WE', 'week'],
	['The ministers will meet this weekend.', 'this weekend', '2014-W34-WE', 'week'],
	// Told in the present, "this weekend" is the week's own, whatever day it is told.
	['It looks like the weather is changing this weekend.', 'this weekend', '2021-W29-WE', 'week', '2021-07-23'],
	['Police arrested him this weekend.', 'this weekend', '2014-W33-WE', 'week'],
	['The ministers meet next weekend.', 'next weekend', '2014-W34-WE', 'week'],
	['Traders squared positions ahead of the weekend.', 'the weekend', '2014-W34-WE', 'week'],
	// Published on Sunday 17 August: "the weekend" is this one, "last weekend" the one before.
	['Officials said over the weekend that talks would resume.', 'the weekend', '2014-W33-WE', 'week', '2014-08-17'],
	['The ministers met last weekend.', 'last weekend', '2014-W32-WE', 'week', '2014-08-17'],
	['The case may be resolved in a hearing the week of March 6.', 'the week of March 6', '2000-W10', 'week', '2000-02-24'],
	['The hearing is set for the week of Jan. 5, 2015.', 'the week of Jan. 5, 2015', '2015-W02', 'week'],
	// An ordinal week of a month: the ISO week of its 4th, 11th, 18th or 25th day, the last of its last day less three.
	['Nominations are expected in the last week of February.', 'the last week of February', '2008-W09', 'week', '2008-02-13'],
	['He said the election was due in the third week of May.', 'the third week of May', '2022-W20', 'week', '2021-11-29'],
	['Talks resume in the first week of March 2016.', 'the first week of March 2016', '2016-W09', 'week']
];

describe('weeks named by what they hold', () => {
	itFindsEach(cases);

	it.each([['After a weekend of bitter accusations, talks resumed.'], ['Weekend traffic was light.']])('no date: %s', (sentence) => {
		expect(dates(sentence)).toEqual([]);
	});
});
