import { describe, expect, it } from 'vitest';
import { formatDay } from './days';
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

const article = { id: 'a', text: 'In July Beijing opened an inquiry.' };

describe('datedEvents', () => {
	it('gives a month-level event the whole month, not its 1st', () => {
		const [e] = datedEvents(article, { dates: [], places: [], events: [event('2014-07')] });
		expect([formatDay(e.firstDay), formatDay(e.lastDay)]).toEqual(['2014-07-01', '2014-07-31']);
	});
	it('leaves out events with no definite days or no country', () => {
		const events = datedEvents(article, { dates: [], places: [], events: [event('PAST_REF'), event('2014', [])] });
		expect(events).toEqual([]);
	});
	it('keeps ids stable across runs', () => {
		const once = datedEvents(article, { dates: [], places: [], events: [event('2014-07')] });
		const again = datedEvents(article, { dates: [], places: [], events: [event('2014-07')] });
		expect(once[0].id).toBe(again[0].id);
	});
	it('keeps an event id when an edit elsewhere moves its words', () => {
		const edited = { id: 'a', text: 'Update: In July Beijing opened an inquiry.' };
		const moved = { ...event('2014-07'), start: 8, end: 18 };
		const before = datedEvents(article, { dates: [], places: [], events: [event('2014-07')] });
		const after = datedEvents(edited, { dates: [], places: [], events: [moved] });
		expect(after[0].id).toBe(before[0].id);
	});
});
