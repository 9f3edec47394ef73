import { describe, expect, it } from 'vitest';
import type { EventDetail } from '../domain/types';
import { toCsv } from './exports';

const event = (fields: { summary: string; title: string; source?: string }): EventDetail => ({
	id: 'e1',
	seq: 1,
	date: { value: '2014-05-21', granularity: 'day' },
	first: '2014-05-21',
	last: '2014-05-21',
	countries: ['RU', 'CN'],
	summary: fields.summary,
	confidence: 0.5,
	start: 0,
	end: 10,
	human: false,
	sentence: 'Russia and China signed.',
	article: { id: 'a1', title: fields.title, source: fields.source, url: 'https://example.org/a', published: '2014-05-22' }
});

describe('toCsv', () => {
	it('neutralises cells a spreadsheet would run as formulas with a leading quote (OWASP)', () => {
		const [, row] = toCsv([event({ summary: '=1+2', title: '@SUM(A1)', source: '-2+3' })]).trim().split('\n');
		expect(row.split(',').slice(6, 10)).toEqual(["'=1+2", '0.5', "'@SUM(A1)", "'-2+3"]);
		for (const start of ['+', '\t', '\r']) {
			const csv = toCsv([event({ summary: `${start}cmd`, title: 'Gas deal' })]);
			expect(csv, JSON.stringify(start)).toContain(`'${start}cmd`);
		}
	});

	it('leaves other cells as they are', () => {
		const [, row] = toCsv([event({ summary: 'Russia and China signed', title: 'Gas deal' })]).trim().split('\n');
		expect(row).toBe('e1,2014-05-21,day,2014-05-21,2014-05-21,RU CN,Russia and China signed,0.5,Gas deal,,https://example.org/a,2014-05-22,Russia and China signed.,');
		const [, told] = toCsv([event({ summary: 'Russia and China signed', title: 'Gas deal' })], new Map([['e1', 'st-e0']])).trim().split('\n');
		expect(told.split(',').at(-1)).toBe('st-e0');
	});
});
