/**
 * Intervals that join two mentions ("between 2010 and 2013", "since March"):
 * not TIMEX mentions of their own, but what events use for the time a clause covers.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { findDates } from './index';
import { findRanges } from './ranges';
import { PUB } from './test-helpers';

function ranges(text: string, published: string | null = PUB) {
	const found = findDates(text, published, splitSentences(text));
	return findRanges(found, text, published).map(({ text, value, granularity }) => ({ text, value, granularity }));
}

describe('findRanges', () => {
	it.each([
		['Exports grew between 2010 and 2013.', 'between 2010 and 2013', '2010-01-01/2013-12-31'],
		['Prices have doubled since March.', 'since March', '2014-03-01/2014-08-18'],
		['The plan ran from 2001 to 2004.', 'from 2001 to 2004', '2001-01-01/2004-12-31'],
		['The talks ran from May to July.', 'from May to July', '2014-05-01/2014-07-31'],
		['Sales fell in the January to June period.', 'January to June', '2014-01-01/2014-06-30'],
		['Parliament would meet for four days from April 11.', 'for four days from April 11', '2015-04-11/2015-04-14'],
		['Ulster has been ruled from London since 1972.', 'since 1972', '1972-01-01/2014-08-18'],
		['Officials met over the weekend.', 'the weekend', '2014-08-16/2014-08-17'],
		// A state that continues up to publication.
		['He has been held since April 2014.', 'since April 2014', '2014-04-01/2014-08-18'],
		['Prices have doubled since October.', 'since October', '2013-10-01/2014-08-18'],
		// A reporting period that ended on a day: that day and the months before it.
		['In the fiscal year that ended March 31, sales rose.', 'the fiscal year that ended March 31', '2013-04-01/2014-03-31'],
		['It lost money in the quarter ended June 30.', 'the quarter ended June 30', '2014-04-01/2014-06-30'],
		// …or a month, after the period named so; two months joined by a dash are a period, the first in the second's year.
		['Net profit for the year ending in March 2014 will rise.', 'the year ending in March 2014', '2013-04-01/2014-03-31'],
		['Toyota booked a record in the year ended March 2008.', 'the year ended March 2008', '2007-04-01/2008-03-31'],
		['Profit rose in the three months that ended Nov. 30.', 'the three months that ended Nov. 30', '2013-09-01/2013-11-30'],
		['Profit rose in the third quarter. Net income was $70 million for the period that ended Sept. 30.', 'the period that ended Sept. 30', '2014-07-01/2014-09-30'],
		['Profit will rise in the year to March.', 'the year to March', '2014-04-01/2015-03-31'],
		['Toyota forecast better results for the fiscal year through March 2015.', 'the fiscal year through March 2015', '2014-04-01/2015-03-31'],
		['U.S. sales in July-September rose.', 'July-September', '2014-07-01/2014-09-30'],
		['Sales in January–September beat rivals.', 'January–September', '2014-01-01/2014-09-30'],
		['Sales in November-January fell.', 'November-January', '2013-11-01/2014-01-31'],
		// "March" and "May" after a month and a dash are that period's end, not a verb or a name.
		['Toyota said January-March profit slid.', 'January-March', '2014-01-01/2014-03-31'],
		['April-May sales rose.', 'April-May', '2014-04-01/2014-05-31'],
		// Two days of one month a few days apart: one happening over both.
		['Egyptians vote on June 16 and 17 in a runoff.', 'June 16 and 17', '2014-06-16/2014-06-17'],
		['The team will arrive in groups on Tuesday and Wednesday.', 'Tuesday and Wednesday', '2014-08-19/2014-08-20'],
		['The Games were scheduled for July 24-August 9.', 'July 24-August 9', '2014-07-24/2014-08-09'],
		['The Geneva event will run May 16-22.', 'May 16-22', '2015-05-16/2015-05-22'],
		// The weekend before the day just told.
		['They won the final on Sunday, October 23, 2011, having beaten Wales the previous weekend.', 'the previous weekend', '2011-10-15/2011-10-16'],
		['Profit rose in the first half.', 'the first half', '2014-01-01/2014-06-30'],
		// The rest of the year, the days ahead or behind: from publication.
		['The company will pay later this year.', 'later this year', '2014-08-19/2014-12-31'],
		['Prices rose earlier this month.', 'earlier this month', '2014-08-01/2014-08-17'],
		['The panel will decide within the next ten days.', 'within the next ten days', '2014-08-19/2014-08-28'],
		['Prices rose 5% over the past two weeks.', 'over the past two weeks', '2014-08-04/2014-08-18']
	])('%s → %s = %s', (sentence, text, value) => {
		expect(ranges(sentence)).toEqual([{ text, value, granularity: 'range' }]);
	});

	it.each([
		['Exports grew in 2010 and 2013.', PUB],
		['The plan ran from 2004 to 2001.', PUB],
		['Prices have doubled since the war.', PUB],
		['Prices have doubled since March.', null], // no publication date: "since" runs to an unknown day
		// Years are too long a span to date a clause by ("the past 20 years"); a year of its own is no part of one.
		['Crime fell over the past 20 years.', PUB],
		['The company will pay this year.', PUB],
		// Days too far apart are two happenings.
		['Talks were held on June 3 and 20 in Moscow.', PUB]
	] as [string, string | null][])('no interval: %s', (sentence, published) => {
		expect(ranges(sentence, published)).toEqual([]);
	});
});

describe('fiscal quarters and halves (fiscal.ts)', () => {
	it.each([
		// FedEx's year ends in May: the quarter that ended Nov. 30 is its second, the third and fourth follow.
		[
			'FedEx said Wednesday that its fiscal second-quarter profit rose 8.5%. Net income rose in the three months that ended Nov. 30. Third-quarter profit would fall and fourth-quarter profit would rise.',
			'2006-12-21',
			['2006-09-01/2006-11-30', '2006-12-01/2007-02-28', '2007-03-01/2007-05-31']
		],
		// Toyota's year ends in March: its first half is April to September.
		['Toyota expects more profit in the year ending in March 2014. Its first-half net profit rose 83 percent.', '2013-11-06', ['2013-04-01/2013-09-30']],
		// …and its year written as two is the one that ends in the second.
		['The new fiscal year starts Oct. 1. The council adopted the fiscal year 2025-26 budget.', '2025-08-19', ['2025-10-01/2026-09-30']],
		// A city's budget year that starts Oct. 1 ends in September: its first quarter is October to December.
		['The new fiscal year starts Oct. 1. Spending in the first quarter will rise.', '2025-08-19', ['2025-10-01/2025-12-31']],
		// The calendar's year, or no year said: the label's own days.
		['Profit rose in the second quarter. The fiscal year ended Dec. 31.', '2014-08-18', []],
		// A quarter whose year is written is that year's.
		['Toyota expects more profit in the year ending in March 2014. Profit rose in the second quarter of 2012.', '2013-11-06', []]
	])('%s → %j', (text, published, values) => {
		const found = ranges(text, published).filter((r) => !/ended|ending|to March/.test(r.text)).map((r) => r.value);
		expect(found).toEqual(values);
	});
});

describe('a stretch told by its two ends', () => {
	it.each([
		['The new fiscal year starts Oct. 1 and runs through Sept. 30, 2026.', 'Oct. 1 and runs through Sept. 30, 2026', '2025-10-01/2026-09-30'],
		['The strike began on Aug. 4 and ended Aug. 8.', 'Aug. 4 and ended Aug. 8', '2025-08-04/2025-08-08']
	])('%s → %s = %s', (sentence, text, value) => {
		expect(ranges(sentence, '2025-08-19')).toContainEqual({ text, value, granularity: 'range' });
	});
});
