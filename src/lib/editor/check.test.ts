import { describe, expect, it } from 'vitest';
import { parseDay } from '$lib/domain/days';
import { whyNotRead, whyNotSave } from './check';

const draft = { title: 't', published: '2014-08-18', text: 'x' };
const found = { dates: [{ start: 0, end: 1, text: 'x', value: '2014', granularity: 'year' as const }], places: [], events: [] };
const today = parseDay('2026-11-27')!;

describe('checks before saving', () => {
	it('accepts an article with a date or a place, published in the past', () => {
		expect(whyNotSave(draft, found, today)).toBeNull();
	});
	it('refuses a publication date in the future', () => {
		expect(whyNotSave({ ...draft, published: '2031-01-01' }, found, today)).toMatch(/in the future/);
	});
	it('refuses a text with no date and no place', () => {
		expect(whyNotSave(draft, { dates: [], places: [], events: [] }, today)).toMatch(/no date and no place/);
	});
	it('refuses empty and oversized files by their size', () => {
		expect(whyNotRead({ name: 'a.md', size: 0 })).toMatch(/empty/);
		expect(whyNotRead({ name: 'big.txt', size: 10_485_760 })).toBe('the file is 10.5 MB; articles up to 1 MB are accepted');
		expect(whyNotRead({ name: 'a.md', size: 2000 })).toBeNull();
	});
});
