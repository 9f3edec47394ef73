/**
 * Earnings reports: the year-ago figures of a quarterly report are that
 * quarter a year before, of nine-month figures the year before. Published
 * Wednesday 1 November 1989 (the last completed quarter is 1989-Q3).
 */
import { describe, expect, it } from 'vitest';
import { dates, itFindsEach, type Case } from './test-helpers';

const PUB = '1989-11-01';

const cases: Case[] = [
	['Profit rose in the third quarter from $3 million in the year-ago quarter.', 'the year-ago quarter', '1988-Q3', 'quarter'],
	['It lost $9 million for the quarter ended Sept. 30. It earned $10 million in the year-ago quarter.', 'the year-ago quarter', '1988-Q3', 'quarter'],
	['Profit rose in the third quarter. For the nine months, net fell to $5 million from $8 million a year earlier.', 'a year earlier', '1988', 'year'],
	['Earnings fell in the third quarter. Insurance earned $4 million, compared with $6 million last year.', 'last year', '1988-Q3', 'quarter'],
	['Net fell in the third quarter from the same period last year.', 'the same period last year', '1988-Q3', 'quarter'],
	['Southwest lost $94 million in the third quarter of the year.', 'the third quarter of the year', '1989-Q3', 'quarter'],
	['Net fell in the third quarter from the same period of the previous year.', 'the same period of the previous year', '1988-Q3', 'quarter'],
	['Net rose in the third quarter. In the same period a year ago, it lost $3 million.', 'the same period a year ago', '1988-Q3', 'quarter'],
	['Net fell in the third quarter. Sales for last year\'s quarter were $3 million.', "last year's quarter", '1988-Q3', 'quarter'],
	['Net rose in the third quarter from a year earlier.', 'a year earlier', '1988-Q3', 'quarter'],
	// A forecast quarter is not the one "the latest quarter" reports.
	['The company expects fourth-quarter profit to fall. Earnings rose in the latest quarter.', 'the latest quarter', '1989-Q3', 'quarter'],
	['Earnings fell in the third quarter. In the first nine months, net fell from $5 million in the 1988 period.', 'the 1988 period', '1988', 'year'],
	['Profit rose in the third quarter. In the 1988 quarter, it lost money.', 'the 1988 quarter', '1988-Q3', 'quarter'],
	['Profit rose in the fiscal first quarter.', 'the fiscal first quarter', '1989-Q1', 'quarter'],
	// In an earnings report "the period" is the quarter reported on, and "the prior-year period" that quarter a year before.
	['Profit rose in the third quarter. It earned $1.82 a share for the period.', 'the period', '1989-Q3', 'quarter'],
	['Profit rose in the third quarter, up 56% compared to the prior-year period.', 'the prior-year period', '1988-Q3', 'quarter']
];

describe('quarters and year-ago comparisons', () => {
	itFindsEach(cases, PUB);

	it('reads "the period" as a quarter only in a report on one', () => {
		expect(dates('The period of martial law ended in the spring.', PUB).map((d) => d.text)).not.toContain('The period');
		expect(dates('Profit rose in the third quarter. Prices rose during the period of martial law.', PUB).map((d) => d.text)).not.toContain('the period');
	});

	// Outside a comparison of periods, "last year" is the calendar year.
	it.each([
		['Sales fell last year.', 'last year', '1988', 'year'],
		['Profit rose in the third quarter. The chairman retired last year.', 'last year', '1988', 'year'],
		['The plant closed a year ago.', 'a year ago', '1988', 'year']
	] as Case[])('%s → %s = %s', (sentence, mention, value, granularity) => {
		expect(dates(sentence, PUB)).toContainEqual({ text: mention, value, granularity });
	});
});
