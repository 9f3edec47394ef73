/**
 * Dates anchored to another happening the article dates: "three weeks after
 * the referendum" counts from the referendum's day, wherever in the text it is
 * given; with no such day, it is no date at all. Publication is Monday 18
 * August 2014 unless a case says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { dates, itFindsEach, type Case } from './test-helpers';

const cases: Case[] = [
	// A count of units from the anchor's day: a week is the ISO week, a year the year.
	['Crimea voted in the referendum on March 16. Three weeks after the referendum, Russia annexed it.', 'Three weeks after', '2014-W14', 'week'],
	['The strike began on June 3, 2012. A year after the strike, workers struck again.', 'A year after', '2013', 'year'],
	// The anchor may be dated later in the text.
	['A day after the summit, the leaders met again. The summit was held on May 3.', 'A day after', '2014-05-04', 'day'],
	['Two days before the vote, the army moved in. The vote took place on April 2.', 'Two days before', '2014-03-31', 'day'],
	// A count not given: "days after" is the week after the anchor (up to publication), "within hours of" its day.
	['The ministry announced on Tuesday that prices would rise. Only days after the ministry announced the rise, protests began.', 'Only days after', '2014-08-13/2014-08-18', 'range'],
	['The vote took place on April 2. Within hours of the vote, he quit.', 'Within hours of', '2014-04-02', 'day'],
	['The blast hit the city on July 1. In the weeks after the blast, aid arrived.', 'In the weeks after', '2014-07-08/2014-08-12', 'range'],
	// An anchor known to the month only: a day after it is still that month.
	['The election was held in May. A day after the election, the count began.', 'A day after', '2014-05', 'month'],
	['The election was held in May. Three months after the election, the count began.', 'Three months after', '2014-08', 'month'],
	// Words a few after "after" name the anchor, not a happening of the date before it: the test is January's.
	["Talks opened in February, a month after North Korea's fourth nuclear test.", 'a month after', '2014-01', 'month'],
	// "after it": the date just told, counted forward.
	['The blast was stronger than the one in January and came eight months after it.', 'eight months after', '2014-09', 'month'],
	// One month or year back from a day of the same sentence, or exactly so many: the anniversary, to the day.
	['Malaysia released a report on Sunday, exactly a year after the jet disappeared.', 'exactly a year after', '2013-08-17', 'day'],
	['Malaysia released a report on Sunday, exactly two years after the jet disappeared.', 'exactly two years after', '2012-08-17', 'day'],
	// Several years back without "exactly" is only that year: "still reeling three years after Katrina".
	['Residents fled yesterday, still reeling three years after Hurricane Katrina flooded the city.', 'three years after', '2011', 'year'],
	['Relatives gathered on Friday, a year to the day after the jet was shot down.', 'a year to the day after', '2013-08-15', 'day'],
	['Relatives gathered on Monday, one year after the plane broke apart.', 'one year after', '2013-08-18', 'day'],
	// In apposition to the date just told, the happening lies so far from it, whatever the article dates under its name.
	[
		'Abdullah announced the dissolution of Parliament today. The last election was held on March 21, 2004, 17 days after the dissolution of Parliament.',
		'17 days after',
		'2004-03-04',
		'day',
		'2008-02-13'
	],
	// …but a day told in another sentence is no anniversary: the year.
	['Nikiforov said on Monday that talks went well. The move comes a year after Snowden revealed the scale of spying.', 'a year after', '2013', 'year']
];

/** "that day", "the same day": the day just told (derived ones too), never the first of a month. */
const dayBack: Case[] = [
	['A year ago today, a jet was shot down. The pilot killed that day was honoured.', 'that day', '2013-08-18', 'day'],
	['The last deal was signed in September. Talks ended on Thursday. On the same day, the IMF agreed a loan.', 'the same day', '2014-08-14', 'day'],
	// "the day before" in apposition to a day is that day; else a day from the day just told.
	['The index had fallen 4% since Oct. 12, 2013, the day before the plunge.', 'the day before', '2013-10-12', 'day'],
	['The shooting came on Friday, Oct. 23, 2013. The two men showed up at his house the day after his death.', 'the day after', '2013-10-24', 'day'],
	// With no date told before, publication's day.
	['Prices fell sharply that day.', 'that day', '2014-08-18', 'day']
];

describe('dates anchored to a happening the article dates', () => {
	itFindsEach(cases);
	itFindsEach(dayBack);

	it.each([
		// No day for the strike, the vote or the summit anywhere in the text.
		['A year after the strike, workers struck again.'],
		['Days after the vote, he left the country.'],
		['Within hours of the summit, the talks collapsed.'],
		// A reporting clause dates the report, not what is reported beside it ("the Buffalo News reported Friday").
		['He crossed the border days after a sniper killed Dr. Barnett Slepian in his kitchen, the Buffalo News reported.'],
		// Told in the past, a day after publication is a wrong anchor.
		['The vote is set for Sept. 9. Workers struck two days after the vote.'],
		// Days counted from a month are no day of it (the birthday is never dated here).
		["Wednesday's test, the first since February 2013, came two days before Kim Jong Un's birthday."],
		// The happening after "after" carries its own date: that date is the happening's, the count is no date of it.
		['A year after the deal struck in Shanghai last May, Gazprom began building the pipeline.'],
		// …"last May" too, after a sentence with a date of its own to count from.
		['They signed a memorandum last November. A year after the $400 billion deal struck in Shanghai last May, Gazprom began building.'],
		['The announcement came more than two weeks after the plane dropped off radar on March 8.'],
		// The words after "before" name this sentence's own dated clause, not another happening.
		['Malaysia released a report into flight MH370 on Sunday, saying its beacon had expired more than a year before the flight.'],
		// Told in the past, a count from a day told just before gives no day after publication.
		['Officials said on Monday that they had charged him. A jogger observed his car near the house 10 days before the murder.']
	])('no anchored date: %s', (text) => {
		expect(dates(text).filter((d) => /after|before|within/i.test(d.text))).toEqual([]);
	});

	it('names no day that the calendar lacks: a month after 31 March', () => {
		// Published Monday 1 April 2013: Sunday is 31 March, and February has no 31st.
		expect(dates('Protesters returned on Sunday, a month after the police cleared the square.', '2013-04-01')).toEqual([
			{ text: 'Sunday', value: '2013-03-31', granularity: 'day' }
		]);
	});

	it('gives "that day" no day when a month was told last', () => {
		expect(dates('The leaders met in June. The pilot killed that day was honoured.')).toEqual([{ text: 'June', value: '2014-06', granularity: 'month' }]);
		// …even with a day told before the month: "that day" points back to the month, which has none.
		expect(dates('Talks ended on Thursday. The deal was signed last September. On the same day, the IMF agreed a loan.').map((d) => d.text)).toEqual([
			'Thursday',
			'last September'
		]);
	});

	it('reads "the day before" a gerund as no other day', () => {
		expect(dates('She lands on Tuesday and leaves later in the day before returning home.').map((d) => d.text)).toEqual(['Tuesday']);
	});

	it('reads "the year before" as no year of publication', () => {
		expect(dates('Dragos linked it to the attackers of the year before.')).toEqual([]);
	});
});
