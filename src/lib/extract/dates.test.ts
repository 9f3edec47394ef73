/**
 * The date grammar, phenomenon by phenomenon, with the exact TIMEX3 value a
 * careful news annotator would give. Publication is Monday 18 August 2014
 * (the seed article) unless a case says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { type Case, dates, itFindsEach, PUB } from './dates/test-helpers';
import { splitSentences } from './sentences';

const cases: Record<string, Case[]> = {
	'explicit dates in common forms and orders': [
		['The deal was signed on Aug. 7.', 'Aug. 7', '2014-08-07', 'day'],
		['The deal was signed on 7 August 2013.', '7 August 2013', '2013-08-07', 'day'],
		['The deal was signed on August 7, 2013.', 'August 7, 2013', '2013-08-07', 'day'],
		['The deal was signed on Thursday, Aug. 7.', 'Thursday, Aug. 7', '2014-08-07', 'day'],
		['The file is dated 2013-06-06.', '2013-06-06', '2013-06-06', 'day'],
		['The file is dated 6/6/2013.', '6/6/2013', '2013-06-06', 'day'],
		['The plant opened in July 2013.', 'July 2013', '2013-07', 'month'],
		['Talks are due on Sept. 3, officials said.', 'Sept. 3', '2014-09-03', 'day'],
		['The vote will take place on Jan. 14.', 'Jan. 14', '2015-01-14', 'day', '2015-01-06'],
		['The blast occurred at about 10:35 a.m. (0735 GMT) Friday.', '10:35 a.m.', '2014-08-15', 'day'],
		['Markets close at 5 p.m. EST, Nov. 6.', '5 p.m. EST, Nov. 6', '2014-11-06', 'day'],
		// A day with "last year" or "next year" is a day of that year, however the clause is told.
		['Flowers were laid there on July 17 last year.', 'July 17 last year', '2013-07-17', 'day'],
		['The first list came on 17 March last year.', '17 March last year', '2013-03-17', 'day'],
		['The summit opens on June 3 next year.', 'June 3 next year', '2015-06-03', 'day'],
		['Talks ran from March 17-20 last year.', 'March 17-20 last year', '2013-03-17/2013-03-20', 'range'],
		// …and what counts from it counts from that day.
		['The first list came on March 17 last year. Three days later, a bank was added.', 'Three days later', '2013-03-20', 'day']
	],
	'bare weekdays by tense': [
		['Nikiforov said Monday that the talks went well.', 'Monday', '2014-08-18', 'day'],
		['The ministers met on Friday in Beijing.', 'Friday', '2014-08-15', 'day'],
		['The ministers will meet on Thursday in Beijing.', 'Thursday', '2014-08-21', 'day'],
		['Officials planned to leave on Wednesday.', 'Wednesday', '2014-08-20', 'day'],
		["Critics attacked Saturday's ruling.", "Saturday's", '2014-08-16', 'day'],
		['The committee met last Monday.', 'last Monday', '2014-08-11', 'day'],
		['The committee meets next Monday.', 'next Monday', '2014-08-25', 'day']
	],
	'bare months by tense and publication': [
		['In July Beijing opened an inquiry.', 'July', '2014-07', 'month'],
		['The ministry published its report in December.', 'December', '2013-12', 'month', '2014-01-12'],
		['The ministry will publish its report in December.', 'December', '2014-12', 'month', '2014-01-12'],
		['Elections are expected in October.', 'October', '2014-10', 'month'],
		['Prices rose in early March.', 'early March', '2014-03', 'month'],
		['Talks resumed last November.', 'last November', '2013-11', 'month'],
		['He moved in June last year.', 'June last year', '2013-06', 'month'],
		// Told in the past near the year's end: this year's February, not next year's.
		["Protests toppled Ukraine's president in February.", 'February', '2014-02', 'month', '2014-12-29'],
		// A past decision about a month just ahead still points ahead.
		['NATO has decided to admit Poland in early March.', 'early March', '1999-03', 'month', '1999-02-10'],
		// An infinitive after an agreement or decision looks ahead to the date after it…
		['First of America announced an agreement to acquire the Peoria bank holding company in January.', 'January', '1990-01', 'month', '1989-11-02'],
		['The two sides agreed to meet again in March.', 'March', '2015-03', 'month'],
		// …not to one before it, nor does "to" before a noun phrase.
		['In June, it announced a deal to acquire the unit.', 'June', '2014-06', 'month'],
		['Kiev agreed to the truce in March.', 'March', '2014-03', 'month']
	],
	'relative to publication': [
		['The minister spoke today.', 'today', '2014-08-18', 'day'],
		['The minister spoke yesterday.', 'yesterday', '2014-08-17', 'day'],
		['The minister speaks tomorrow.', 'tomorrow', '2014-08-19', 'day'],
		['Kaspersky was this month dropped from the list.', 'this month', '2014-08', 'month'],
		['The bill passed last week.', 'last week', '2014-W33', 'week'],
		['The bill passes this week.', 'this week', '2014-W34', 'week'],
		['The bill passed last month.', 'last month', '2014-07', 'month'],
		['Sales fell last year.', 'last year', '2013', 'year'],
		['Sales fell earlier this year.', 'earlier this year', '2014', 'year'],
		['Sales will rise next year.', 'next year', '2015', 'year'],
		['Prices are high now.', 'now', 'PRESENT_REF', 'unknown'],
		['Prices rose recently.', 'recently', 'PAST_REF', 'unknown'],
		['Prices may rise in the near future.', 'the near future', 'FUTURE_REF', 'unknown'],
		['Elian was found on Thanksgiving Day.', 'Thanksgiving Day', '2013-11-28', 'day'],
		['The deal should close by year-end.', 'by year-end', '2014', 'year'],
		['In nineteen ninety-six the games came to Atlanta.', 'nineteen ninety-six', '1996', 'year']
	],
	'years, decades, seasons, quarters': [
		['The move comes after leaks in 2013.', '2013', '2013', 'year'],
		['Trade boomed in the 1990s.', 'the 1990s', '199', 'decade'],
		['Trade boomed in the nineties.', 'the nineties', '199', 'decade'],
		// "the 1800s" is a century, "the 2000s" a decade.
		['The tower was built in the 1800s.', 'the 1800s', '18', 'unknown'],
		['Growth was fast in the 2000s.', 'the 2000s', '200', 'decade'],
		['Emissions will fall by the end of the decade.', 'the end of the decade', '201', 'decade'],
		['Growth was strong earlier in the decade.', 'earlier in the decade', '201', 'decade'],
		['Sales fell last summer.', 'last summer', '2013-SU', 'season'],
		['Sales rise this summer.', 'this summer', '2014-SU', 'season'],
		['The plant opened in the spring of 2012.', 'the spring of 2012', '2012-SP', 'season'],
		// "the spring", "the fall" after a preposition of time are seasons; told in the past before they come, last year's.
		['The plant will open in the spring.', 'the spring', '2014-SP', 'season'],
		['The report is due in the fall.', 'the fall', '2014-FA', 'season'],
		['Talks collapsed in the autumn.', 'the autumn', '2013-FA', 'season', '2014-03-22'],
		['Prices rose by early spring.', 'early spring', '2014-SP', 'season'],
		['Profit rose in the third quarter.', 'the third quarter', '2014-Q3', 'quarter'],
		['Third-quarter profit rose.', 'Third-quarter', '2014-Q3', 'quarter'],
		['Profit rose in the first quarter of 2013.', 'the first quarter of 2013', '2013-Q1', 'quarter'],
		['Profit rose in the fiscal second quarter.', 'the fiscal second quarter', '2014-Q2', 'quarter'],
		['Profit rose in fiscal 2013.', 'fiscal 2013', '2013', 'year']
	],
	// Ranges written as one expression; "between 2010 and 2013" joins two mentions (dates/ranges.test.ts).
	ranges: [
		// Two days with a dash are two mentions, as TimeML annotates them; their year after them makes them one.
		['The summit runs June 15-16.', 'June 15', '2014-06-15', 'day'],
		['The summit runs June 15-16.', '16', '2014-06-16', 'day'],
		['The summit ran June 15-16, 2013.', 'June 15-16, 2013', '2013-06-15/2013-06-16', 'range'],
		['The trial is to take place from 10-13th of August.', '10-13th of August', '2014-08-10/2014-08-13', 'range'],
		['The 2010-2013 plan failed.', '2010-2013', '2010-01-01/2013-12-31', 'range'],
		['Exports grew between 2010 and 2013.', '2010', '2010', 'year'],
		['Exports grew between 2010 and 2013.', '2013', '2013', 'year'],
		['Prices have doubled since March.', 'March', '2014-03', 'month'],
		['The plan ran from 2001 to 2004.', '2001', '2001', 'year'],
		['The plan ran from 2001 to 2004.', '2004', '2004', 'year']
	],
	'anchored offsets': [
		['The plant closed a year ago.', 'a year ago', '2013', 'year'],
		['The plant closed two months ago.', 'two months ago', '2014-06', 'month'],
		['The plant closed three days ago.', 'three days ago', '2014-08-15', 'day'],
		['The move comes a year after Snowden revealed the scale of surveillance.', 'a year after', '2013', 'year'],
		['The plant opened in 2010. Two years later it closed.', 'Two years later', '2012', 'year'],
		// "after that" stands for the date just told.
		['The plant opened in 2010. A year after that, it closed.', 'A year after', '2011', 'year'],
		['The treaty was signed in March 2012, and a month before that the talks nearly failed.', 'a month before', '2012-02', 'month'],
		['Profit rose in the third quarter from a year earlier.', 'a year earlier', '2013-Q3', 'quarter']
	]
};

describe('findDates', () => {
	for (const [phenomenon, rows] of Object.entries(cases)) {
		describe(phenomenon, () => itFindsEach(rows));
	}

	describe('words that are no dates', () => {
		it.each([
			['Theresa May met Merkel in Berlin.'],
			['May said the talks would continue.'],
			['Prices may rise.'],
			['Supporters will March on Washington.'],
			// How often, not when.
			['The group is to meet twice a year after that.'],
			['Supporters plan to March on Washington.'],
			['Thousands march through the city.'],
			['He scored 2013 points in his career, up 1,995 from 1,990.'],
			['The fund manages $2015 million.'],
			// A 24-hour clock time is no year.
			['The truce took effect (1500 GMT), officials said.'],
			['The curfew starts at 2200 hours.'],
			['The polls close at 1900 local time.'],
			// A number after a word that numbers things.
			['The council passed resolution 1718 against the tests.'],
			['Flight 1549 landed in the Hudson.'],
			// "the fall" and "the spring" as nouns.
			['After the fall of Mosul, troops fled.'],
			['A late fall in prices hurt exporters.'],
			['The spring was dry.'],
			// A half of something else.
			['The French played well for the last half hour.']
		])('%s', (sentence) => {
			expect(dates(sentence)).toEqual([]);
		});
	});

	it('leaves relative dates unresolved without a publication date', () => {
		expect(dates('The minister spoke yesterday about the 2013 leaks.', null)).toEqual([{ text: '2013', value: '2013', granularity: 'year' }]);
	});

	it('reports offsets into the text', () => {
		const text = 'Nikiforov said Monday that Beijing opened an inquiry in July.';
		const found = findDates(text, PUB, splitSentences(text));
		expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['Monday', 'July']);
		expect(found.map((d) => d.text)).toEqual(['Monday', 'July']);
	});
});
