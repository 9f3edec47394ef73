import { describe, expect, it } from 'vitest';
import { articleDraft, correction, publishedDay } from './draft';

const base = { title: 'Gas deal', published: '2014-05-22', source: 'Test Wire', text: 'Russia and China signed a gas deal.' };
const problems = (fields: Record<string, unknown>) => {
	const result = articleDraft.safeParse({ ...base, ...fields });
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('publishedDay', () => {
	it('reads a calendar day, with an ISO time of day that it drops', () => {
		for (const [given, day] of [
			['2014-08-18', '2014-08-18'],
			[' 2014-08-18 ', '2014-08-18'],
			['2014-08-18T10:15', '2014-08-18'],
			['2014-08-18T10:15:00Z', '2014-08-18'],
			['2014-08-18 10:15:00.123+02:00', '2014-08-18'],
			['2014-08-18T10:15:00-0500', '2014-08-18']
		])
			expect(publishedDay.parse(given), given).toBe(day);
	});

	it('keeps a month when that is all the source says', () => {
		for (const [given, month] of [
			['2016-03', '2016-03'],
			[' 2016-12 ', '2016-12']
		])
			expect(publishedDay.parse(given), given).toBe(month);
	});

	it('refuses trailing garbage and impossible days', () => {
		for (const given of ['2014-08-18garbage', '2014-08-18T', '2014-08-18T10', '2014-08-18 and more', '9999-99-99', '2014-02-30', '2014-8-18', '2016-13', '2016-00', '2016-3', '2016-03T10:00', ''])
			expect(publishedDay.safeParse(given).success, given).toBe(false);
	});
});

describe('articleDraft', () => {
	it('refuses control characters in titles and sources', () => {
		expect(problems({ title: 'Gas\u0000deal' })).toEqual(['title: must not hold control characters']);
		expect(problems({ title: '\u001b[31mGas deal' })).toEqual(['title: must not hold control characters']);
		expect(problems({ source: 'Wire\u001b]0;owned\u0007' })).toEqual(['source: must not hold control characters']);
		expect(problems({ source: 'Wire\u009b31m' })).toEqual(['source: must not hold control characters']);
	});

	it('makes titles one line: runs of white space become one space', () => {
		expect(articleDraft.parse({ ...base, title: '  Gas\tdeal\r\n signed ' }).title).toBe('Gas deal signed');
		expect(problems({ title: ' \t\n' })).toEqual(['title: is empty']);
	});
});

describe('correction', () => {
	const edit = (value: string) => correction.safeParse({ kind: 'edit', eventId: 'abc', date: { value, granularity: 'day' } }).success;

	it('takes dates that name days', () => {
		for (const value of ['2014-08-18', '2014-08', '2014', '2014-Q3', '2014-W33', '2014-SU', '201X', '2014-05-01/2014-08-18']) expect(edit(value), value).toBe(true);
	});

	it('refuses dates that name no day, which would leave the event on none', () => {
		for (const value of ['garbage', '9999-99-99', 'P1Y', 'PRESENT_REF', '2014-02-30', '2014-13', '2014-W60', '2014-08-18/2014-01-01', '']) expect(edit(value), value).toBe(false);
	});

	it('refuses an added event that ends before it starts', () => {
		const event = { id: 'zz1', date: { value: '2014', granularity: 'year' }, countries: ['RU'], start: 20, end: 10, summary: 'x', confidence: 1 };
		expect(correction.safeParse({ kind: 'add', event }).success).toBe(false);
		expect(correction.safeParse({ kind: 'add', event: { ...event, end: 30 } }).success).toBe(true);
	});
});
