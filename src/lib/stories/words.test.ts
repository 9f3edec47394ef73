import { describe, expect, it } from 'vitest';
import { DocumentFrequency } from './idf';
import { contentWords, stem } from './words';

describe('contentWords', () => {
	it('keeps names, numbers and words of three letters or more, stemmed, each once', () => {
		expect(contentWords("Russia's Gazprom signed a $400 billion deal; Gazprom signs 38,000 contracts.")).toEqual([
			'russia',
			'gazprom',
			'sign',
			'400',
			'billion',
			'deal',
			'38000',
			'contrac'
		]);
	});

	it('meets tellings in other forms of a word', () => {
		expect(['crashed', 'crashes', 'crash'].map(stem)).toEqual(['crash', 'crash', 'crash']);
		expect(['government', 'governments'].map(stem)).toEqual(['governm', 'governm']);
		expect(stem('2014')).toBe('2014');
	});

	it('cuts a possessive and one inflection, the longest that ends the word', () => {
		expect(contentWords("Putin's Kremlin’s leaders' 2014's thing's sings rings passes bused")).toEqual(['putin', 'kremlin', 'leader', '2014', 'thing', 'sing', 'ring', 'pass', 'bused']);
		expect(['processes', 'sing', 'bed', 'beds', 'gas', 'kings'].map(stem)).toEqual(['process', 'sing', 'bed', 'beds', 'gas', 'king']);
	});
});

describe('DocumentFrequency', () => {
	it('weighs a word by how rare it is in the documents seen so far, starting from a prior', () => {
		const df = new DocumentFrequency({ documents: 9, counts: { said: 9 } });
		df.add(['said', 'gazprom']);
		expect(df.documents).toBe(10);
		expect(df.weight('said')).toBeCloseTo(Math.log(11 / 11), 12);
		expect(df.weight('gazprom')).toBeCloseTo(Math.log(11 / 2), 12);
		expect(df.weight('unseen')).toBeCloseTo(Math.log(11), 12);
	});
});
