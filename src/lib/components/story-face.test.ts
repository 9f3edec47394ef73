import { describe, expect, it } from 'vitest';
import type { StorySummary } from '$lib/domain/stories';
import { countOf, storyDate, storySources, storySpread } from './story-face';

const story: Pick<StorySummary, 'date' | 'spread' | 'articles' | 'outlets' | 'first'> = {
	date: { value: '2014-05-21', granularity: 'day', first: '2014-05-21', last: '2014-05-21' },
	spread: { first: '2014-05-01', last: '2014-05-31' },
	articles: 12,
	outlets: 7,
	first: { article: { id: 'a', title: 'Gas deal', source: 'Reuters', published: '2014-05-21' }, outlet: 'Reuters' }
};

describe('a story’s face in words', () => {
	it('names its agreed date, and the days its mentions cover when they disagree', () => {
		expect(storyDate(story)).toBe('21 May 2014');
		expect(storySpread(story)).toBe('mentions: May 2014');
		expect(storySpread({ spread: { first: '2014-05-20', last: '2014-05-23' } })).toBe('mentions: 20 May 2014 – 23 May 2014');
		expect(storySpread({ spread: null })).toBeNull();
	});

	it('says how many articles and outlets tell it, and who was first', () => {
		expect(storySources(story)).toBe('12 articles · 7 outlets · first: Reuters, 21 May 2014');
		expect(storySources({ ...story, articles: 1, outlets: 1 })).toBe('1 article · 1 outlet · first: Reuters, 21 May 2014');
	});

	it('counts stories or articles', () => {
		expect(countOf(1, 'stories')).toBe('1 story');
		expect(countOf(1532, 'stories')).toBe('1,532 stories');
		expect(countOf(2, 'articles')).toBe('2 reports');
		expect(countOf(1, 'articles')).toBe('1 report');
	});
});
