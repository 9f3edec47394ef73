import { describe, expect, it } from 'vitest';
import { coverage } from '../domain/timex';
import { coarseness, dateRelation } from './dates';

const span = (v: string) => coverage(v)!;

describe('dateRelation', () => {
	it.each([
		['2014-05-21', '2014-05-21', 'same'],
		['2014-05', '2014-05-21', 'contains'],
		['2014', '2014-05-21', 'contains'],
		['2014-W21', '2014-05-21', 'contains'],
		['2014-05-21', '2014-05', 'within'],
		['2014-05-21', '2014', 'within'],
		['2014-05-22', '2014-05-21', 'next'],
		['2014-05-20', '2014-05-21', 'next'],
		['2014-05-23', '2014-05-21', 'apart'],
		['2014-06', '2014-05-21', 'apart'],
		['2013', '2014-05-21', 'apart'],
		// A month and the week that straddles its end overlap, but neither holds the other.
		['2014-05', '2014-W22', 'apart'],
		['2014-05', '2014-05-31/2014-06-02', 'apart']
	])('%s against a story of %s: %s', (mention, story, relation) => {
		expect(dateRelation(span(mention), span(story))).toBe(relation);
	});

	it('counts how much coarser the wider date is', () => {
		expect(coarseness(span('2014-05-21'), span('2014-05-21'))).toBe(1);
		expect(coarseness(span('2014-05'), span('2014-05-21'))).toBe(31);
		expect(coarseness(span('2014-05-21'), span('2014'))).toBe(365);
		expect(coarseness(span('2014-W21'), span('2014-05'))).toBe(31 / 7);
	});
});
