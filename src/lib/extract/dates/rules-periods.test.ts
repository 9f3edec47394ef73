/**
 * Reporting periods: half years (TIMEX3 `2014-H1`), a quarter named by its
 * last month, fiscal years by their number. Publication is Monday 18 August
 * 2014 unless a case says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { dates, itFindsEach, type Case } from './test-helpers';

const cases: Case[] = [
	['Profit rose in the first half.', 'the first half', '2014-H1', 'unknown'],
	['Profit will rise in the first half of next year.', 'the first half of next year', '2015-H1', 'unknown'],
	['Sales slowed in the second half of 2013.', 'the second half of 2013', '2013-H2', 'unknown'],
	['Earnings will be lower for the last half of 1989.', 'the last half of 1989', '1989-H2', 'unknown', '1989-10-26'],
	['Output will grow through the first two quarters of 1990.', 'the first two quarters of 1990', '1990-H1', 'unknown', '1989-10-26'],
	// Told in the past before the second half has begun: last year's.
	['Sales fell in the second half.', 'the second half', '2013-H2', 'unknown', '2014-03-10'],
	// Written as an adjective.
	["The company's first-half net profit rose 83 percent.", 'first-half', '2014-H1', 'unknown'],
	// The year reported on, however the report names it.
	['Analysts forecast full-year earnings of $2.59 a share.', 'full-year', '2014', 'year'],
	['It boosted its outlook for the full year.', 'the full year', '2014', 'year'],
	// The quarter that ends in that month: the last one ended, or the next one to end in a plan.
	['Sales fell in the September quarter.', 'the September quarter', '2014-Q3', 'quarter', '2014-10-28'],
	['Sales fell in the September quarter.', 'the September quarter', '2013-Q3', 'quarter'],
	['Sales will rise in the December quarter.', 'the December quarter', '2014-Q4', 'quarter'],
	['Sales rose in the March quarter of 2014.', 'the March quarter of 2014', '2014-Q1', 'quarter'],
	// A fiscal year is the year of its number (as TimeBank annotates "fiscal 1989").
	['Profit rose in fiscal 2017.', 'fiscal 2017', '2017', 'year', '2017-11-02'],
	// The codes of financial news.
	['Earnings jumped in Q3 2018.', 'Q3 2018', '2018-Q3', 'quarter', '2018-11-02'],
	['Earnings jumped in 2018 Q3.', '2018 Q3', '2018-Q3', 'quarter', '2018-11-02'],
	["Earnings jumped in Q3'18.", "Q3'18", '2018-Q3', 'quarter', '2018-11-02'],
	['Revenue fell in Q2 FY18.', 'Q2 FY18', '2018-Q2', 'quarter', '2018-11-02'],
	['Sales grew in H1 2019.', 'H1 2019', '2019-H1', 'unknown', '2019-08-02'],
	['Sales grew in the Q3 period.', 'Q3', '2014-Q3', 'quarter'],
	['Sales beat estimates in fiscal Q2.', 'Q2', '2014-Q2', 'quarter'],
	['Profit fell in FY2017.', 'FY2017', '2017', 'year', '2017-11-02'],
	['Profit fell in FY17.', 'FY17', '2017', 'year', '2017-11-02'],
	// One fiscal year over two: the span, not "FY 2025".
	['The adopted FY 2025-26 budget includes cuts.', '2025-26', '2025-01-01/2026-12-31', 'range', '2025-08-19']
];

describe('reporting periods', () => {
	itFindsEach(cases);

	it.each([
		['He scored twice in the first half.'],
		['They led at the end of the first half of the match.'],
		['Cities grew in the first half of the century.'],
		// No quarter ends in August.
		['Sales fell in the August quarter.'],
		// A model's name, and a half that does not exist.
		['He drove an Audi Q3 to work.'],
		['The H3 strain spread.']
	])('no period: %s', (text) => {
		expect(dates(text)).toEqual([]);
	});
});
