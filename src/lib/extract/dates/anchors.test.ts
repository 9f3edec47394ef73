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
	['The election was held in May. Three months after the election, the count began.', 'Three months after', '2014-08', 'month']
];

describe('dates anchored to a happening the article dates', () => {
	itFindsEach(cases);

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
		["Wednesday's test, the first since February 2013, came two days before Kim Jong Un's birthday."]
	])('no anchored date: %s', (text) => {
		expect(dates(text).filter((d) => /after|before|within/i.test(d.text))).toEqual([]);
	});
});
