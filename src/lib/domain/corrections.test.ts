import { describe, expect, it } from 'vitest';
import { applyCorrections, type Correction, type IdentifiedEvent } from './corrections';

const event = (start: number, value: string, countries: string[]): IdentifiedEvent => ({
	id: `id${start}`,
	date: { value, granularity: 'month' },
	countries,
	start,
	end: start + 10,
	summary: `event at ${start}`,
	confidence: 0.7
});
const events = [event(0, '2014-07', ['US']), event(20, '2014-05', ['CN']), event(40, '2013', ['US'])];

describe('applyCorrections', () => {
	it('leaves events alone without corrections, marked as machine-made', () => {
		expect(applyCorrections(events, []).map((e) => [e.start, e.human])).toEqual([
			[0, false],
			[20, false],
			[40, false]
		]);
	});

	it('edits, drops and adds, marking what a person touched', () => {
		const corrections: Correction[] = [
			{ kind: 'edit', eventId: 'id0', date: { value: '2014-07-15', granularity: 'day' }, countries: ['CN', 'US'] },
			{ kind: 'edit', eventId: 'id0', summary: 'China opens an inquiry into Microsoft' },
			{ kind: 'drop', eventId: 'id40' },
			{ kind: 'add', event: event(30, '2014-08', ['RU']) }
		];
		const out = applyCorrections(events, corrections);
		expect(out.map((e) => e.start)).toEqual([0, 20, 30]);
		expect(out[0]).toMatchObject({
			date: { value: '2014-07-15', granularity: 'day' },
			countries: ['CN', 'US'],
			summary: 'China opens an inquiry into Microsoft',
			human: true,
			confidence: 1
		});
		expect(out[1].human).toBe(false);
		expect(out[2]).toMatchObject({ countries: ['RU'], human: true });
	});

	it('keeps corrections to events the extractor no longer finds without effect', () => {
		expect(applyCorrections(events, [{ kind: 'drop', eventId: 'gone' }])).toHaveLength(3);
	});
});
