import { describe, expect, it } from 'vitest';
import { coverage } from '../domain/timex';
import { fileKeys, lookupKeys } from './date-keys';

const span = (v: string) => coverage(v)!;
/** Whether a mention of `mention` looks up a key a story of `story` is filed under. */
const meets = (mention: string, story: string) => lookupKeys(span(mention)).some((k) => fileKeys(span(story)).includes(k));

describe('date keys', () => {
	it.each([
		['2014-05-21', '2014-05-21', true],
		['2014-05', '2014-05-21', true],
		['2014', '2014-05-21', true],
		['2014-05-21', '2014-05', true],
		['2014-05-21', '2014', true],
		['2014-W21', '2014-05-21', true],
		['2014-06', '2014-05-21', false],
		['2015', '2014-05-21', false],
		['2014-05-21', '2014-05-22', true]
	])('a mention of %s meets a story of %s: %s', (mention, story, expected) => {
		expect(meets(mention, story)).toBe(expected);
	});

	it('files a day under its day and month, not its year, and a span wider than two years nowhere', () => {
		expect(fileKeys(span('2014-05-21'))).toHaveLength(2);
		expect(lookupKeys(span('2014-05-21'))).toHaveLength(3);
		expect(lookupKeys(span('2014'))).toHaveLength(13);
		expect(fileKeys(span('201'))).toEqual([]);
		expect(lookupKeys(span('201'))).toEqual([]);
	});
});
