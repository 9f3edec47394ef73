import { describe, expect, it } from 'vitest';
import { arcLabel, arcWidth, pairKey } from './pair';

describe('pair', () => {
	it('has one key whichever way round', () => {
		expect(pairKey({ a: 'RU', b: 'CN', weight: 3 })).toBe(pairKey({ a: 'CN', b: 'RU', weight: 9 }));
		expect(pairKey({ a: 'RU', b: 'CN', weight: 3 })).not.toBe(pairKey({ a: 'RU', b: 'US', weight: 3 }));
	});
	it('widens an arc with its weight, by area, up to the heaviest', () => {
		expect(arcWidth(1, 1)).toBe(4.25);
		expect(arcWidth(25, 100)).toBe(0.75 + 3.5 * 0.5);
		expect(arcWidth(0, 0)).toBe(0.75);
	});
	it('names both countries and their shared stories, or the articles telling them', () => {
		expect(arcLabel({ a: 'RU', b: 'CN', weight: 12 })).toBe('Russia – China: 12 shared stories');
		expect(arcLabel({ a: 'RU', b: 'CN', weight: 12 }, 'articles')).toBe('Russia – China: 12 reports of their shared stories');
	});
});
