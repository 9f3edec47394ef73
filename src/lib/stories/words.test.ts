import { describe, expect, it } from 'vitest';
import { DocumentFrequency } from './idf';
import { contentWords, stem, WORD_PATTERN } from './words';

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

describe('contentWords, read by char codes', () => {
	it('finds the words its regular expression finds, in any script', () => {
		// Letters and digits of several scripts (a surrogate pair among them), separators, apostrophes, a combining
		// mark (no letter: it ends a word), a lone surrogate: shuffled by a fixed sequence into many texts.
		const pieces = ['a', 'Zé', '7', '١٢', '.', ',', "'", '’', 's', ' ', '-', 'e\u0301', '𝐀', '𝟗', '\ud800', 'MH17', '漢字', '٫', '3.5', '1,000,', 'ΑΘΗΝΑ'];
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
		for (let t = 0; t < 400; t++) {
			const text = Array.from({ length: 1 + (next() % 24) }, () => pieces[next() % pieces.length]).join('');
			const expected = [...new Set([...text.matchAll(WORD_PATTERN)].flatMap(([word]) => contentWords(word)))];
			expect(contentWords(text), JSON.stringify(text)).toEqual(expected);
		}
		expect(contentWords("Su-24's 1,000.5 'x' abc’s ١٢٣ 𝐀𝐁𝐂")).toEqual(['24', '1000.5', 'abc', '١٢٣', '𝐀𝐁𝐂']);
	});

	it('keeps each word once in a text of more words than it looks along', () => {
		const many = Array.from({ length: 100 }, (_, i) => `word${i}`);
		expect(contentWords([...many, ...many].join(' '))).toEqual(many);
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
