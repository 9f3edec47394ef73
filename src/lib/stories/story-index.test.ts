import { describe, expect, it } from 'vitest';
import { dayKey, lookupKeys } from './date-keys';
import { posting, StoryIndex } from './story-index';

describe('posting', () => {
	it('packs a token and a date key into an integer below 2³⁰, rarely the same for two pairs', () => {
		const seen = new Set<number>();
		let pairs = 0;
		for (let token = 0; token < 200_000; token += 97) {
			for (const key of lookupKeys({ first: 16000, last: 16000 })) {
				const k = posting(token, key);
				expect(Number.isInteger(k) && k >= 0 && k < 2 ** 30).toBe(true);
				seen.add(k);
				pairs++;
			}
		}
		expect(pairs - seen.size).toBeLessThan(pairs / 1000);
	});
});

describe('StoryIndex', () => {
	it('offers the stories filed under a date key and token, resolved to their survivors, each once', () => {
		const index = new StoryIndex();
		index.add(0, [dayKey(16000)], ['gazprom', '@RU']);
		index.add(1, [dayKey(16000)], ['gazprom']);
		index.add(2, [dayKey(16001)], ['gazprom']);
		// Story 1 was merged into story 0.
		const resolve = (s: number) => (s === 1 ? 0 : s);
		expect(index.candidates([[[dayKey(16000)], ['gazprom', '@RU', 'unknown']]], resolve)).toEqual([0]);
		expect(index.candidates([[[dayKey(16000), dayKey(16001)], ['gazprom']]], (s) => s)).toEqual([0, 1, 2]);
		expect(index.examined).toBe(4);
	});

	it('takes only the latest stories of a posting when a query bounds them', () => {
		const index = new StoryIndex();
		for (let s = 0; s < 5; s++) index.add(s, [dayKey(16000)], ['@RU']);
		expect(index.candidates([[[dayKey(16000)], ['@RU'], 2]], (s) => s)).toEqual([3, 4]);
		expect(index.candidates([[[dayKey(16000)], ['@RU']]], (s) => s)).toEqual([0, 1, 2, 3, 4]);
	});

	it('stops at the first token after which a query has offered enough stories, and says which key offered each', () => {
		const index = new StoryIndex();
		for (let s = 0; s < 3; s++) index.add(s, [dayKey(16000)], ['zorblatov']);
		for (let s = 3; s < 6; s++) index.add(s, [lookupKeys({ first: 16000, last: 16000 })[1]], ['minister']);
		const month = lookupKeys({ first: 16000, last: 16000 })[1];
		expect(index.candidates([[[dayKey(16000), month], ['zorblatov', 'minister'], Infinity, 2]], (s) => s)).toEqual([0, 1, 2]);
		expect(index.offeredKey).toEqual([dayKey(16000), dayKey(16000), dayKey(16000)]);
		expect(index.candidates([[[dayKey(16000), month], ['zorblatov', 'minister'], Infinity, 4]], (s) => s)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(index.offeredKey.slice(3)).toEqual([month, month, month]);
	});
});
