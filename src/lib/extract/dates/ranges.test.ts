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
		['Ulster has been ruled from London since 1972.', 'since 1972', '1972-01-01/2014-08-18'],
		['Officials met over the weekend.', 'the weekend', '2014-08-16/2014-08-17']
	])('%s → %s = %s', (sentence, text, value) => {
		expect(ranges(sentence)).toEqual([{ text, value, granularity: 'range' }]);
	});

	it.each([
		['Exports grew in 2010 and 2013.', PUB],
		['The plan ran from 2004 to 2001.', PUB],
		['Prices have doubled since the war.', PUB],
		['Prices have doubled since March.', null] // no publication date: "since" runs to an unknown day
	] as [string, string | null][])('no interval: %s', (sentence, published) => {
		expect(ranges(sentence, published)).toEqual([]);
	});
});
