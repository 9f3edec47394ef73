import { describe, expect, it } from 'vitest';
import { datedEvents } from './events';
import type { ExtractedEvent } from './types';

const event = (value: string, countries = ['RU']): ExtractedEvent => ({
	date: { value, granularity: 'month' },
	countries,
	start: 0,
	end: 10,
	summary: 's',
	confidence: 0.8
});

describe('datedEvents', () => {
	it('gives a month-level event the whole month, not its 1st', () => {
		const [e] = datedEvents('a', { dates: [], places: [], events: [event('2014-07')] });
		expect([e.first, e.last]).toEqual(['2014-07-01', '2014-07-31']);
	});
	it('leaves out events with no definite days or no country', () => {
		const events = datedEvents('a', { dates: [], places: [], events: [event('PAST_REF'), event('2014', [])] });
		expect(events).toEqual([]);
	});
	it('keeps ids stable across runs', () => {
		const once = datedEvents('a', { dates: [], places: [], events: [event('2014-07')] });
		const again = datedEvents('a', { dates: [], places: [], events: [event('2014-07')] });
		expect(once[0].id).toBe(again[0].id);
	});
});
