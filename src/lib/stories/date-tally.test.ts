import { describe, expect, it } from 'vitest';
import { coverage } from '../domain/timex';
import { DateTally } from './date-tally';
import type { DaySpan } from '../domain/timex';

const tally = (...values: string[]) => {
	const t = new DateTally();
	for (const v of values) t.add(v, coverage(v));
	return t;
};

describe('DateTally', () => {
	it('agrees on the date most mentions contain, then the narrowest', () => {
		expect(tally('2014-07', '2014-07-17', '2014-07-18', '2014-07-17').best()!.value).toBe('2014-07-17');
		// A month written before its days supports them as well as a month written after.
		expect(tally('2014-07', '2014', '2014-07-18').best()!.value).toBe('2014-07-18');
		expect(tally('2014-07-18', '2014', '2014-07').best()!.value).toBe('2014-07-18');
	});

	it('forgets a mention taken away, and then has no date when none is left', () => {
		const t = tally('2014-07-17', '2014-07-18', '2014-07-18');
		expect(t.best()!.value).toBe('2014-07-18');
		t.remove('2014-07-18', coverage('2014-07-18'));
		t.remove('2014-07-18', coverage('2014-07-18'));
		expect(t.best()!.value).toBe('2014-07-17');
		t.remove('2014-07-17', coverage('2014-07-17'));
		expect(t.best()).toBeNull();
	});

	it('gives a date naming no days only when no other is written', () => {
		expect(tally('PRESENT_REF').best()).toEqual({ value: 'PRESENT_REF', span: null });
		expect(tally('PRESENT_REF', '2014').best()!.value).toBe('2014');
	});

	it('chooses as a recount over every mention would, mention by mention and removal by removal', () => {
		// Dates of one happening as the articles of a year would write them, in a fixed shuffled order.
		const values = ['2014-07', '2014-07-18', '2014-07-17', '2014', '2014-W29', '2014-07-17', '2014-07-18', '2014-07-18', '2014-07', '2014-07-17', '2014-07-17'];
		const t = new DateTally();
		const seen: string[] = [];
		for (const v of values) {
			t.add(v, coverage(v));
			seen.push(v);
			expect([seen.length, t.best()!.value]).toEqual([seen.length, recount(seen)]);
		}
		expect(t.best()!.value).toBe('2014-07-17');
		for (const v of ['2014-07-17', '2014-07-17', '2014-07-17']) {
			t.remove(v, coverage(v));
			seen.splice(seen.indexOf(v), 1);
			expect([seen.length, t.best()!.value]).toEqual([seen.length, recount(seen)]);
		}
		expect(t.best()!.value).toBe('2014-07-18');
	});
});

/** The agreed date counted from scratch: for each date written, every mention whose days contain it. */
function recount(values: string[]): string {
	const spans = values.map((v) => coverage(v)!);
	const inside = (a: DaySpan, b: DaySpan) => b.first <= a.first && a.last <= b.last;
	const scored = values.map((v, i) => ({ v, span: spans[i], support: spans.filter((s) => inside(spans[i], s)).length }));
	scored.sort((a, b) => b.support - a.support || a.span.last - a.span.first - (b.span.last - b.span.first) || a.span.first - b.span.first);
	return scored[0].v;
}
