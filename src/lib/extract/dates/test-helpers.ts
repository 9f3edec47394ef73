/** What the date tests compare: a mention's words, value and granularity. */
import { expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { findDates } from './index';

export type Case = [string, string, string, string, string?]; // sentence, mention, value, granularity, published

export const PUB = '2014-08-18'; // a Monday (ISO week 34)

export function dates(text: string, published: string | null = PUB) {
	return findDates(text, published, splitSentences(text)).map(({ text, value, granularity }) => ({ text, value, granularity }));
}

/** One test per case: the sentence, published on its own date (else `published`), yields that mention with that value. */
export function itFindsEach(cases: Case[], published = PUB): void {
	it.each(cases)('%s → %s = %s', (sentence, mention, value, granularity, own) => {
		expect(dates(sentence, own ?? published)).toContainEqual({ text: mention, value, granularity });
	});
}
