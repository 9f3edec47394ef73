/**
 * Forms read since issue 21: ordinal days without a month ("on the 14th"),
 * possessive weekdays, a weekday in a plan against one in a past clause whose
 * quoted words look ahead, publication dates known only to the month, and Easter.
 * Publication is Monday 18 August 2014 unless a case says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { dates, itFindsEach, type Case } from './test-helpers';

const WEDNESDAY = '2014-08-20';

const cases: Record<string, Case[]> = {
	'ordinal days: of the month in context, else of publication as the tense points': [
		['The court will rule on the 24th.', 'the 24th', '2014-08-24', 'day'],
		['The court will rule on the 14th.', 'the 14th', '2014-09-14', 'day'],
		['The court ruled on the 14th.', 'the 14th', '2014-08-14', 'day'],
		['The court ruled on the 24th.', 'the 24th', '2014-07-24', 'day'],
		['The vote, first set for Sept. 3, was moved to the 14th.', 'the 14th', '2014-09-14', 'day'],
		['Talks ran from the 12th to the 14th of last month.', 'the 14th', '2014-07-14', 'day']
	],
	'a second day after "and", a month that qualifies a noun': [
		['The summit will be held on April 24 and 25.', '25', '1999-04-25', 'day', '1999-02-10'],
		['Egyptians will vote on June 16 and 17 in a runoff.', '17', '1999-06-17', 'day', '1999-02-10'],
		['The March accession will let them join.', 'March', '1999-03', 'month', '1999-02-10'],
		['The May elections will be close.', 'May', '2014-05', 'month', '2014-01-10']
	],
	'"a year ago today": that day a year back': [
		['A year ago today, a Turkish jet shot down a Russian bomber.', 'A year ago today', '2015-11-24', 'day', '2016-11-24'],
		['Two months ago today, the talks collapsed.', 'Two months ago today', '2014-06-18', 'day']
	],
	'weekdays: possessive, in a plan, in a past clause whose quoted words look ahead': [
		["Monday's vote was close.", "Monday's", '2014-08-18', 'day', WEDNESDAY],
		['The ministers will meet in Rome on Tuesday.', 'Tuesday', '2014-08-19', 'day'],
		['The ministers will meet in Rome on Tuesday.', 'Tuesday', '2014-08-26', 'day', WEDNESDAY],
		["In a statement signed after Monday's talks, they said they will return.", "Monday's", '2014-08-18', 'day', WEDNESDAY],
		['In a statement signed after talks on Monday, they said they will return.', 'Monday', '2014-08-18', 'day', WEDNESDAY],
		// A weekday before its day and month names that day, not the next Monday.
		['Talks reconvene on Monday the 7th of March.', 'Monday the 7th of March', '2016-03-07', 'day', '2016-02-26'],
		['He arrived on Friday, the 4th of July.', 'Friday, the 4th of July', '2014-07-04', 'day']
	],
	'published in a month of unknown day: what every day of it agrees on': [
		['Prices rose last year.', 'last year', '2015', 'year', '2016-03'],
		['Protests began last month.', 'last month', '2016-02', 'month', '2016-03'],
		['The vote is due on March 22.', 'March 22', '2016-03-22', 'day', '2016-03'],
		['The plant opened in July.', 'July', '2015-07', 'month', '2016-03']
	]
};

describe('forms of issue 21', () => {
	for (const [name, list] of Object.entries(cases)) describe(name, () => itFindsEach(list));

	it.each([
		['He was born in the 14th century.', ['the 14th century']],
		['She lives on the 14th floor.', []],
		['It was the 14th time.', []],
		['The court ruled on the 2th.', []]
	] as [string, string[]][])('ordinals that are no day: %s', (text, found) => {
		expect(dates(text).map((d) => d.text)).toEqual(found);
	});

	it.each([
		['Troops killed 24 and 25 people.', []],
		['Talks on April 24 and 25 percent of the vote.', ['April 24']],
		['The May government fell.', []],
		['They joined the March on Washington.', []],
		// "first quarterly loss" is no quarter; "1630 AEST" a time, no year.
		['Southwest posted its first quarterly loss in a decade.', []],
		['The index closed 77 points up in 1630 AEST trading.', []],
		// A year that ends a name is no date; one after a word that leads a date is.
		['Microsoft will launch Windows Server 2003 and Visual Studio 2003.', []],
		['The opening ceremony of the Paris 2024 Olympics drew crowds.', []],
		['In 2003 the firm grew; by Christmas 2003 it had doubled.', ['2003', 'Christmas', '2003']],
		// A year after "full-year" is the mention, as after "the fiscal year".
		['First Solar guided its full-year 2014 EPS higher.', ['2014']]
	] as [string, string[]][])('no second day, no month: %s', (text, found) => {
		expect(dates(text).map((d) => d.text)).toEqual(found);
	});

	// Easter moves: the computus against the published dates of Western Easter, told the Thursday after.
	it.each([
		['2000-04-27', '2000-04-23'],
		['2008-03-27', '2008-03-23'],
		['2011-04-28', '2011-04-24'],
		['2019-04-25', '2019-04-21'],
		['2024-04-04', '2024-03-31'],
		['2038-04-29', '2038-04-25']
	])('Easter Sunday told on %s was %s', (published, easter) => {
		expect(dates('The church was full on Easter Sunday.', published)).toEqual([{ text: 'Easter Sunday', value: easter, granularity: 'day' }]);
	});
	it.each<[string, string, string]>([
		['Shops closed on Good Friday.', 'Good Friday', '2024-03-29'],
		['Pilgrims prayed as Easter week began.', 'Easter week', '2024-W13'],
		['The stock market in Eastern Europe shut on Easter Monday.', 'Easter Monday', '2024-04-01'],
		// Fixed days, the next one in a plan, the last one in a report.
		['He will announce the election at the May Day rally.', 'May Day', '2024-05-01'],
		['Veterans marched on Bastille Day.', 'Bastille Day', '2023-07-14'],
		['Shops will open on Boxing Day.', 'Boxing Day', '2024-12-26']
	])('%s → %s = %s', (text, mention, value) => {
		expect(dates(text, '2024-04-04').map((d) => [d.text, d.value])).toEqual([[mention, value]]);
	});

	it('gives no day a month back from 31 March (there was no 31 February)', () => {
		expect(dates('A month ago today, the talks collapsed.', '2014-03-31')).toEqual([]);
	});

	it.each([['The deal was signed on Monday.'], ['He left today.'], ['The plant closed two days ago.'], ['The report came out last week.']])(
		'no date from a month-only publication: %s',
		(text) => {
			expect(dates(text, '2016-03')).toEqual([]);
		}
	);
});

describe('two days of one stretch, as TimeML annotates them', () => {
	it('reads "May 16-22" as two mentions, the second in the first one\'s month', () => {
		expect(dates('The Geneva event is scheduled to run May 16-22.', '2021-04-19').map((d) => [d.text, d.value])).toEqual([
			['May 16', '2021-05-16'],
			['22', '2021-05-22']
		]);
	});
	it('reads a 24-hour time with its zone as a time of the day just told, not one converting another in brackets', () => {
		expect(dates('The last Concorde landed on Friday. It left New York at 12:38 BST.', '2003-10-25').map((d) => [d.text, d.value])).toEqual([
			['Friday', '2003-10-24'],
			['12:38 BST', '2003-10-24']
		]);
		expect(dates('The plane landed at 10:35 a.m. (09:35 GMT) on Friday.', '2003-10-25').map((d) => d.text)).not.toContain('09:35 GMT');
		expect(dates('The index was up 77 points on Friday, at 1630 AEST.', '2018-06-15').map((d) => [d.text, d.value])).toEqual([
			['Friday', '2018-06-15'],
			['1630 AEST', '2018-06-15']
		]);
	});
	it("reads a time told in o'clock", () => {
		expect(dates("The meeting starts at 7 o'clock tonight.", '2010-09-28').map((d) => [d.text, d.value])).toEqual([
			["7 o'clock", '2010-09-28'],
			['tonight', '2010-09-28']
		]);
	});
	it('reads a law\'s year in its name', () => {
		expect(dates('Parliament passed the Constitution (Amendment) Bill 2022.', '2022-03-24').map((d) => [d.text, d.value])).toEqual([['2022', '2022']]);
	});
});

