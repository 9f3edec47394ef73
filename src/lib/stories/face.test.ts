import { describe, expect, it } from 'vitest';
import { agreedDate, clearestMention, storyCountries, storyFace } from './face';
import { mention } from './mention.fixture';
import type { Story, StoryArticle } from './types';

describe('agreedDate', () => {
	it('takes the most precise date the mentions agree on: a month mention agrees with its days', () => {
		const ms = [mention('a', '2014-07', ['UA'], 'x'), mention('b', '2014-07-17', ['UA'], 'x'), mention('c', '2014', ['UA'], 'x')];
		expect(agreedDate(ms)).toEqual({ value: '2014-07-17', span: { first: 16268, last: 16268 }, spread: null });
	});

	it('takes the date most mentions hold when they disagree, and gives the spread', () => {
		const ms = ['2014-07-18', '2014-07-17', '2014-07-17', '2014-07'].map((v, i) => mention(`m${i}`, v, ['UA'], 'x'));
		expect(agreedDate(ms)).toEqual({ value: '2014-07-17', span: { first: 16268, last: 16268 }, spread: { first: '2014-07-17', last: '2014-07-18' } });
	});

	it('takes the earlier of two days equally held', () => {
		const ms = [mention('a', '2014-07-18', ['UA'], 'x'), mention('b', '2014-07-17', ['UA'], 'x')];
		expect(agreedDate(ms).value).toBe('2014-07-17');
		expect(agreedDate(ms).spread).toEqual({ first: '2014-07-17', last: '2014-07-18' });
	});
});

describe('storyCountries', () => {
	it('orders the union by salience: each mention gives its first country 1, its second ½', () => {
		const ms = [mention('a', '2014', ['RU', 'CN'], 'x'), mention('b', '2014', ['CN', 'RU', 'US'], 'x'), mention('c', '2014', ['CN'], 'x')];
		expect(storyCountries(ms)).toEqual(['CN', 'RU', 'US']);
	});
});

describe('clearestMention', () => {
	it('is the most confident, then the most precisely dated', () => {
		const ms = [mention('a', '2014-05', ['RU'], 'in May', { confidence: 0.9 }), mention('b', '2014-05-21', ['RU'], 'on Wednesday', { confidence: 0.9 }), mention('c', '2014-05-21', ['RU'], 'low', { confidence: 0.5 })];
		expect(clearestMention(ms).eventId).toBe('b');
	});
});

describe('storyFace', () => {
	it('counts articles, independent outlets (a wire copy counts once) and names who reported first', () => {
		const ms = [mention('a', '2014-05-21', ['RU', 'CN'], 'deal', { articleId: 'ap' }), mention('b', '2014-05-21', ['RU', 'CN'], 'deal', { articleId: 'copy' }), mention('c', '2014-05-21', ['RU', 'CN'], 'deal', { articleId: 'reuters' })];
		const story: Story = { id: 'st-a', aliases: ['st-x'], mentions: ms, span: null, words: new Set(), countries: new Map(), human: false };
		const articles = new Map<string, StoryArticle>([
			['ap', { id: 'ap', published: '2014-05-21', outlet: 'AP', copyOf: null }],
			['copy', { id: 'copy', published: '2014-05-21', outlet: 'Seattle Times', copyOf: 'ap' }],
			['reuters', { id: 'reuters', published: '2014-05-20', outlet: 'Reuters', copyOf: null }]
		]);
		expect(storyFace(story, articles)).toEqual({
			id: 'st-a',
			aliases: ['st-x'],
			date: { value: '2014-05-21', span: { first: 16211, last: 16211 }, spread: null },
			countries: ['RU', 'CN'],
			summary: 'deal',
			articles: 3,
			outlets: 2,
			first: { article: 'reuters', outlet: 'Reuters', published: '2014-05-20' },
			copies: [{ article: 'copy', copyOf: 'ap' }],
			human: false
		});
	});
});
