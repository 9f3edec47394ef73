/**
 * Which way a bare month, weekday or anchored offset points, and words that
 * look like dates but are none. Publication is Monday 18 August 2014 unless
 * a case says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { dates, itFindsEach, type Case } from './test-helpers';

const cases: Case[] = [
	// A weekday told in the present is the nearer one, the coming one counted twice as far.
	['Statistics agency INDEC publishes inflation data Friday.', 'Friday', '2023-04-14', 'day', '2023-04-12'],
	['The index stands at 300 points Thursday.', 'Thursday', '2014-08-14', 'day'],
	// "unchanged" is no past tense; "won’t" looks ahead with either apostrophe; a deferred day lies ahead.
	['The bank will keep its benchmark rate unchanged on Thursday.', 'Thursday', '2023-04-13', 'day', '2023-04-12'],
	['Pesce won’t attend the meeting Thursday as he is in Washington.', 'Thursday', '2023-04-13', 'day', '2023-04-12'],
	['The judge adjourned the hearing of the motion to Wednesday.', 'Wednesday', '2023-06-21', 'day', '2023-06-20'],
	// A day told in the present is a schedule; in the past, it has been.
	['He takes office Dec. 1.', 'Dec. 1', '2000-12-01', 'day', '2000-07-03'],
	['He took office Dec. 1.', 'Dec. 1', '1999-12-01', 'day', '2000-07-03'],
	// "until" after a past verb in its clause has come; past an infinitive it may still lie ahead.
	['Saddam, who ruled Iraq for 23 years until his ouster in April, is a fugitive.', 'April', '2003-04', 'month', '2003-12-14'],
	['The rebels agreed to extend the truce until Friday.', 'Friday', '2014-08-22', 'day'],
	// "since" has begun; "by" is a deadline ahead unless told in the past perfect.
	['The carrier has been on patrol since March.', 'March', '2013-03', 'month', '2014-01-12'],
	// …as has a happening the time runs since, whatever the tense of the clause around it.
	['Since its unveiling in January, hopes that it will sell have lifted the stock.', 'January', '2007-01', 'month', '2007-06-29'],
	['Since the start of the strike in March, talks will resume.', 'March', '2007-03', 'month', '2007-06-29'],
	// A "since" of cause, its verb in the future, is no time behind.
	['Since he will visit in September, talks will resume.', 'September', '2007-09', 'month', '2007-06-29'],
	['KKR plans to pay down the loan by February.', 'February', '1990-02', 'month', '1989-10-30'],
	['By May they had left the city.', 'May', '2014-05', 'month'],
	// "announced plans" is a noun: the past tense decides.
	['In September, it announced plans to acquire the unit.', 'September', '1989-09', 'month', '1989-10-30'],
	// A past reporting verb ahead of the date in its clause tells the statement was made; one after it does not vote.
	// A noun "plan" looks ahead to nothing; a verb "plan to" does.
	['McConnell called the accord that Obama announced with Xi in Beijing on Wednesday an "unrealistic plan" that would cost jobs.', 'Wednesday', '2014-08-13', 'day'],
	['The two sides plan to meet in Vienna on Wednesday, diplomats said.', 'Wednesday', '2014-08-20', 'day'],
	['The agency reported on Wednesday that the talks would resume.', 'Wednesday', '2014-08-13', 'day'],
	// A weekday in local time that is the day after publication had begun where it happened.
	['A strong aftershock struck at 0108 Tuesday local time.', 'Tuesday', '2014-08-19', 'day'],
	['A strong aftershock struck on Tuesday.', 'Tuesday', '2014-08-12', 'day'],
	// The occasion of a statement told in the past, or opening the clause, dates the statement.
	['The ministry said in a statement on Friday that it will cut rates.', 'Friday', '2014-08-15', 'day'],
	['Obama told a news conference on Thursday that strikes might continue.', 'Thursday', '2014-08-14', 'day'],
	['In an interview on Friday, he said he will resign.', 'Friday', '2014-08-15', 'day'],
	// Forecasts look ahead: "is forecast to", "is predicted to", and "could" before what it dates.
	['Laura is forecast to move over Arkansas on Thursday night.', 'Thursday night', '2014-08-21', 'day'],
	['Florence is predicted to make landfall in North Carolina on Friday.', 'Friday', '2014-08-22', 'day'],
	['Isolated tornadoes could also spin up Thursday as Michael tracks north.', 'Thursday', '2014-08-21', 'day'],
	['McDonnell could face 20 years in prison when he is sentenced in January.', 'January', '2015-01', 'month'],
	// …but not a "could" after the date, nor one that tells of the past.
	['Moscow warned on Thursday that air strikes could do serious harm.', 'Thursday', '2014-08-14', 'day'],
	['Neither he nor his grandparents could be located Wednesday.', 'Wednesday', '2014-08-13', 'day'],
	['He could not be reached on Friday.', 'Friday', '2014-08-15', 'day'],
	// A date beyond every verb's reach goes on the sentence's list: all three look ahead.
	['Laura is forecast to move over Arkansas on Thursday night, the mid-Mississippi Valley on Friday and the mid-Atlantic states on Saturday.', 'Saturday', '2014-08-23', 'day'],
	// The end of a span of weekdays is the first such day after its start, whatever the tense around it.
	['A poll carried out between Friday and Sunday should be on his desk today.', 'Sunday', '2014-08-17', 'day', '2014-08-20'],
	['The festival will run from Friday to Monday.', 'Monday', '2014-08-25', 'day'],
	// "until" after a past verb has come, unless the verb defers.
	["Toney had to wait until February's return fixture to score.", 'February', '2014-02', 'month'],
	['Officials postponed until Tuesday morning any action on the permit.', 'Tuesday morning', '2014-08-19', 'day'],
	// "since Thursday's vote" has happened, whatever the clause foretells.
	["That would bring the death toll since Thursday's vote to about 20.", "Thursday's", '2014-08-14', 'day'],
	// A plan's days follow one another: told on a Sunday, the Sunday after the Saturday just told.
	['The weekend will be spent in East London (Saturday) and Port Elizabeth (Sunday).', 'Sunday', '2019-11-10', 'day', '2019-11-03'],
	// …within the coming week: a date weeks off is no day of the plan before it.
	['The March 23-April 5 fixtures will be released on Tuesday.', 'Tuesday', '2019-02-19', 'day', '2019-02-19'],
	// A plan given up may have been for a day to come: delayed from tomorrow to Friday.
	['The launch had been scheduled for Thursday morning, but was delayed.', 'Thursday morning', '2018-03-29', 'day', '2018-03-28'],
	['The storm will make landfall on Thursday morning and then cross the state on Thursday afternoon.', 'Thursday afternoon', '2020-08-27', 'day', '2020-08-27'],
	['Heavy rain is expected Thursday across the state.', 'Thursday', '2014-08-21', 'day'],
	// A part of the day just told is that day.
	['The storm will cross the state Thursday afternoon and evening.', 'evening', '2014-08-21', 'day'],
	['Rain is expected Thursday, especially from late morning through the evening.', 'the evening', '2014-08-21', 'day'],
	// A relative clause's verb tells its tense: "a measure that passed Tuesday".
	['It will head to the House alongside a measure that passed Tuesday in the Senate.', 'Tuesday', '2014-08-12', 'day'],
	// The occasion of a statement told in the past dates it, an object between or not.
	['Hoyer told lawmakers in a memo Tuesday they must return next month.', 'Tuesday', '2014-08-12', 'day'],
	['The Swiss will play in Geneva, he wrote on Twitter on Sunday.', 'Sunday', '2014-08-17', 'day'],
	// A plan that was superseded is told in the past.
	["Endeavour's originally scheduled Saturday launch was postponed because of a leak.", 'Saturday', '2014-08-16', 'day'],
	// A fronted deadline and a wish look ahead.
	['Before Friday, lawmakers want to vote on a drought bill.', 'Friday', '2014-08-22', 'day'],
	// A participle after a preposition's noun dates what follows it, not the clause before it.
	['Australians could go to an election in early May under a plan revealed on Friday.', 'early May', '2015-05', 'month'],
	['Australians could go to an election in early May under a plan revealed on Friday.', 'Friday', '2014-08-15', 'day'],
	// A date set for something lies ahead, however the setting is told.
	['The factions agreed on March 17 as the date for elections.', 'March 17', '2015-03-17', 'day', '2014-12-03'],
	// A vote looks ahead to what it decides.
	['The council voted to place the bonds on the November ballot.', 'November', '2014-11', 'month'],
	// A bare season after a preposition of time.
	['Sunak would wait until autumn to call the election.', 'autumn', '2014-FA', 'season'],
	// "of the year" is the year under way, however the clause is told.
	['He had been hinting at an election in the latter half of the year.', 'the latter half of the year', '2014-H2', 'unknown', '2014-05-22'],
	// …not one to come.
	['He will speak at a news conference on Thursday.', 'Thursday', '2014-08-21', 'day'],
	['He will say in a speech on Thursday that taxes rise.', 'Thursday', '2014-08-21', 'day'],
	// No tense cue at all: a month a few months back, not ahead.
	['In January, a week after the anniversary of the decision, a bombing in Birmingham.', 'January', '1998-01', 'month', '1998-10-25'],
	// "next to" is a place; "Until Thursday, … had not" a change that has happened.
	['A bomb exploded next to the embassy on Friday.', 'Friday', '2014-08-15', 'day'],
	['Rebels shelled the airport overnight.', 'overnight', '2014-08-17', 'day'],
	['Until Thursday, police had not named him a suspect.', 'Thursday', '2014-08-14', 'day'],
	['The group might come as soon as Tuesday, according to media reports.', 'Tuesday', '2014-08-19', 'day'],
	// Spelt-out years with a month or season, as broadcast transcripts write them.
	['January nineteen ninety-seven. Atlanta again.', 'January nineteen ninety-seven', '1997-01', 'month'],
	['It happened in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', '1994-WI', 'season'],
	// "over the past year": TimeBank's previous calendar year.
	['Hate groups grew over the past year.', 'the past year', '2013', 'year'],
	['Today the minister spoke.', 'Today', '2014-08-18', 'day'],
	["Critics attacked today's meeting.", 'today', '2014-08-18', 'day'],
	// Opening the sentence, an offset leads into the main clause.
	['The vote comes ten days before the election.', 'ten days before', '2014-08-28', 'day'],
	// A weekday takes the tense of the clause that governs it, not of the sentence: a plan's weekday lies ahead,
	// a weekday before a reporting verb is not governed by the future the report tells. Published Thursday 12 Feb 2015.
	['Thousands will watch Saturday\'s parade in the capital.', "Saturday's", '2015-02-14', 'day', '2015-02-12'],
	['The truce is to take effect at midnight on Saturday, followed by the withdrawal of heavy weapons.', 'midnight on Saturday', '2015-02-14', 'day', '2015-02-12'],
	// Obligations and what is due look ahead.
	['The election must be held on or before May 21.', 'May 21', '2022-05-21', 'day', '2021-11-29'],
	['The report is due in March.', 'March', '2022-03', 'month', '2021-11-29'],
	// A reporting verb well before the date ("He said the vote …") dates nothing.
	['He said the vote was due “in March”.', 'March', '2022-03', 'month', '2021-11-29'],
	// "according to" beside a date names a source: it dates no statement.
	['The election must be held on or before May 21, according to an analysis.', 'May 21', '2022-05-21', 'day', '2021-11-29'],
	// The day named after a time of day is that time's, not the day under discussion before it.
	['On February 22, they agreed. The ceasefire took effect at midnight on February 27, Damascus time.', 'midnight on February 27', '2016-02-27', 'day', '2016-02-26'],
	['The foreign ministers will meet in Rome on Tuesday.', 'Tuesday', '2015-02-17', 'day', '2015-02-12'],
	['In a statement signed after Monday\'s talks, they said they will hold elections.', "Monday's", '2015-02-09', 'day', '2015-02-12'],
	['In a statement after Monday\'s talks, the rebels said they will withdraw their guns.', "Monday's", '2015-02-09', 'day', '2015-02-12'],
	// The day declared lies ahead; an "-ed" adjective tells no tense ("a still unspecified date").
	['President Vladimir Putin declared Sunday a day of national mourning.', 'Sunday', '2015-11-01', 'day', '2015-10-31'],
	['Putin left for Sochi on Sunday.', 'Sunday', '2015-10-25', 'day', '2015-10-31'],
	['The dividend would be paid on a still unspecified date in January to holders of record.', 'January', '1990-01', 'month', '1989-10-26'],
	['The board approved the revised plan in January.', 'January', '1989-01', 'month', '1989-10-26'],
	// An infinitive after the date complements the verb before it, whose tense the date takes.
	['The bloc agreed on Friday to begin admitting India and Pakistan.', 'Friday', '2015-07-10', 'day', '2015-07-11'],
	['The two sides plan to meet in Vienna on Wednesday.', 'Wednesday', '2015-07-15', 'day', '2015-07-11'],
	// An outcome named by a possessive weekday has happened, even in a plan: "would look for ways around Monday's ruling".
	['His relatives said they would look for ways to get around Wednesday\'s ruling.', "Wednesday's", '2015-02-11', 'day', '2015-02-12'],
	['Leaders will discuss Monday\'s attack.', "Monday's", '2015-02-09', 'day', '2015-02-12'],
	['The opposition will challenge Sunday\'s election results in court.', "Sunday's", '2015-02-08', 'day', '2015-02-12'],
	['Voters will go to the polls in Sunday\'s presidential election.', "Sunday's", '2015-02-15', 'day', '2015-02-12'],
	['Fans watched Saturday\'s parade.', "Saturday's", '2015-02-07', 'day', '2015-02-12'],
	// A bare clock time in the present is publication day's.
	['Trading halts at 4 p.m. in New York.', '4 p.m.', '2014-08-18', 'day']
];

describe('direction and non-dates', () => {
	itFindsEach(cases);

	// [sentence, a mention that may stay (the case is about another word)]
	it.each([
		["He said on ABC's This Week that talks had failed.", ''],
		["The case is for today's youth what the blockade was for their parents.", ''],
		['This is VOA Today.', ''],
		['For Poland, high noon comes now.', 'now'],
		['A jogger spotted the car ten days before the shooting.', ''],
		['A day after the hearing, he left the country.', ''],
		['Hate groups grew over the past week.', ''],
		// Told in the past, a bare clock time may be of any day before publication.
		['He was shot to death at 10 p.m. in his kitchen.', ''],
		// "overnight" after an article is an adjective: a kind of flight, not last night.
		['The jet vanished less than an hour into an overnight flight to Beijing.', ''],
		// A bare season before a noun, or a verb after a preposition of place, is none.
		['He waited until spring break to leave.', ''],
		['Share prices in fall markets rose.', ''],
		// The count a toll reaches, and an award's year.
		['The death toll from the 7.7 magnitude quake that struck central Myanmar on Friday has reached 1700, officials said.', 'Friday'],
		['Du Toit was named World Rugby Player of the Year.', ''],
		// A numbered bill, a round of a tournament, a market's overnight rate.
		['The House Bill 1776 passed.', ''],
		['He beat Nadal in the quarter-finals.', ''],
		['The bank held the unsecured overnight call rate at zero.', ''],
		// A part of the day with no day near: when is not told.
		['He jogs in the morning.', '']
	] as [string, string][])('no date: %s', (sentence, except) => {
		expect(dates(sentence).filter((d) => d.text !== except)).toEqual([]);
	});
});
