import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { mentionsOf } from './mentions';
import { outletOf } from './outlet';

describe('mentionsOf', () => {
	const article = {
		id: 'reuters-gas',
		published: '2014-05-22',
		title: 'Analysts weigh the Gazprom contract',
		text: 'MOSCOW (Reuters) — Analysts said on Thursday that China won a good price in the $400 billion Gazprom contract signed in Shanghai on Wednesday. Putin flew home.'
	};
	const mentions = mentionsOf(article, extract(article));

	it('gives each event its clause, its days and its words, without the words of the dates', () => {
		expect(mentions.map((m) => [m.value, m.span, article.text.slice(m.start, m.end), m.words])).toEqual([
			['2014-05-22', { first: 16212, last: 16212 }, 'MOSCOW (Reuters) — Analysts said on Thursday', ['moscow', 'reuter', 'analyst', 'said']],
			[
				'2014-05-21',
				{ first: 16211, last: 16211 },
				' that China won a good price in the $400 billion Gazprom contract signed in Shanghai on Wednesday.',
				['that', 'china', 'won', 'good', 'price', 'the', '400', 'billion', 'gazprom', 'contrac', 'sign', 'shangha']
			]
		]);
	});

	it('keeps the rest of the sentence and the lead headline as context, and the sentence they share', () => {
		expect(mentions[0].context).toEqual(['that', 'china', 'won', 'good', 'price', 'the', '400', 'billion', 'gazprom', 'contrac', 'sign', 'shangha', 'weigh']);
		expect(mentions[1].context).toEqual(['moscow', 'reuter', 'analyst', 'said', 'weigh']);
		expect(mentions.map((m) => m.sentence)).toEqual([0, 0]);
	});

	it('tells whether the clause names its countries itself or borrowed them', () => {
		// "MOSCOW … said on Thursday" names Russia; the deal's clause names China, Gazprom and Shanghai.
		expect(mentions.map((m) => [m.countries, m.ownCountries])).toEqual([
			[['RU'], true],
			[['CN', 'RU'], true]
		]);
		const borrowed = { id: 'b', published: '2014-05-22', text: 'Gazprom signed a contract with China on Wednesday.\n\nThe fourth round of talks, in March, had failed.' };
		expect(mentionsOf(borrowed, extract(borrowed)).map((m) => [m.value, m.countries, m.ownCountries])).toEqual([
			['2014-05-21', ['CN', 'RU'], true],
			['2014-03', ['CN', 'RU'], false]
		]);
	});
});

describe('outletOf', () => {
	it('is the source, else the host of the address, else the article itself', () => {
		expect(outletOf({ id: 'a', source: ' Reuters ', url: 'https://www.reuters.com/x' })).toBe('Reuters');
		expect(outletOf({ id: 'a', url: 'https://www.reuters.com/x' })).toBe('reuters.com');
		expect(outletOf({ id: 'a', url: 'not an address' })).toBe('a');
		expect(outletOf({ id: 'a' })).toBe('a');
	});
});
