import { describe, expect, it } from 'vitest';
import { IndexBuilder } from '../domain/event-index';
import { buildCountryIndex, CountryIndex } from './country-index';
import { bulkOfEvents, EventTable, indexColumns } from './event-table';
import { Selection, type SelectionCriteria } from './selection';
import { contextDays } from '../domain/context';
import { queryWindow } from './window';

const CODES = ['RU', 'CN', 'US', 'UA', 'DE', 'FJ'];

/** A deterministic random data set: day, month, year and decade-long events, 1–3 countries each. */
function dataset(n: number, seed = 7) {
	let state = seed;
	const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
	const events = Array.from({ length: n }, (_, i) => {
		const first = 16_000 + Math.floor(random() * 1500);
		const span = [0, 0, 0, 30, 364, 3652][Math.floor(random() * 6)];
		const countries = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => CODES[Math.floor(random() * CODES.length)]))];
		return { seq: i + 1, first, last: first + span, countries };
	});
	const builder = new IndexBuilder();
	for (const e of events) builder.add(e.seq, e.first, e.last, e.countries);
	return { events, table: new EventTable(builder.build()) };
}

/** The table with its country index, built here as the page's worker builds it. */
function withCountryIndex(table: EventTable): EventTable {
	table.countryIndex = new CountryIndex(buildCountryIndex(indexColumns(table)), table);
	return table;
}

/** The obvious, slow answer to compare the indexed one with. */
function bruteForce(events: ReturnType<typeof dataset>['events'], from: number, to: number, c: SelectionCriteria | null) {
	const hits = events.filter((e) => {
		if (e.last < from || e.first > to) return false;
		if (!c) return true;
		if (c.textMatches && !c.textMatches.has(e.seq)) return false;
		if (!c.countries.length) return true;
		const n = c.countries.filter((x) => e.countries.includes(x)).length;
		return c.mode === 'all' ? n === c.countries.length : n > 0;
	});
	hits.sort((a, b) => a.first - b.first || a.last - b.last || a.seq - b.seq);
	const counts = Object.fromEntries(CODES.map((code) => [code, hits.filter((e) => e.countries.includes(code)).length]));
	return { total: hits.length, counts, seqs: hits.map((e) => e.seq) };
}

describe('queryWindow', () => {
	const { events, table: plain } = dataset(2000);
	const indexed = withCountryIndex(dataset(2000).table);
	const windows: [number, number][] = [
		[16_000, 17_600],
		[16_300, 16_330],
		[16_500, 16_500],
		[15_000, 15_100],
		[17_000, 18_000]
	];
	const criteria: (SelectionCriteria | null)[] = [
		null,
		{ countries: ['RU'], mode: 'any', textMatches: null },
		{ countries: ['RU', 'CN'], mode: 'any', textMatches: null },
		{ countries: ['RU', 'CN'], mode: 'all', textMatches: null },
		{ countries: ['RU', 'XX'], mode: 'all', textMatches: null },
		{ countries: [], mode: 'any', textMatches: new Set([5, 17, 300, 1999]) }
	];

	for (const c of criteria)
		for (const [from, to] of windows)
			for (const variant of c ? ['', 'brushing', 'country index'] : [''])
				it(`agrees with brute force for ${JSON.stringify(c?.countries ?? 'all')} ${c?.mode ?? ''} in [${from}, ${to}]${variant && `, ${variant}`}`, () => {
					const brushing = variant === 'brushing';
					const table = variant === 'country index' ? indexed : plain;
					const expected = bruteForce(events, from, to, c);
					const selection = c ? new Selection(table, c) : null;
					if (brushing) {
						selection!.prepareForBrushing();
						// Several countries' frames scan (they need each one's partners): no days built for nothing.
						expect(selection!.days !== null).toBe(selection!.countryIds.length <= 1);
					}
					const result = queryWindow(table, selection, from, to, 3, 20);
					expect(result.total).toBe(expected.total);
					expect(Object.fromEntries(CODES.map((code) => [code, result.countryCounts[table.countryId(code)!]]))).toEqual(expected.counts);
					expect(result.page.map((e) => table.seq[e])).toEqual(expected.seqs.slice(3, 23));
					if (c?.countries[0] === 'RU' && c.textMatches === null) {
						const withRussia = bruteForce(events, from, to, { ...c, countries: ['RU'], mode: 'any' });
						const ru = table.countryId('RU')!;
						const both = (code: string) => result.pairCounts[0 * table.countries.length + table.countryId(code)!];
						if (c.mode === 'any' && c.countries.length === 1) expect(both('CN')).toBe(withRussia.counts.CN);
						expect(result.pairCounts[ru]).toBe(c.mode === 'all' && c.countries.includes('XX') ? 0 : bruteForce(events, from, to, c).counts.RU);
					}
				});

	for (const c of [null, criteria[1], criteria[2]])
		for (const [from, to] of [windows[1], windows[2], [16_300, 16_306] as [number, number]])
			it(`lists a window's content apart from its context for ${JSON.stringify(c?.countries ?? 'all')} in [${from}, ${to}]`, () => {
				const span = contextDays(from, to);
				const selection = c ? new Selection(plain, c) : null;
				const result = queryWindow(plain, selection, from, to, 2, 20, span);
				const hits = bruteForce(events, from, to, c).seqs;
				const broad = (seq: number) => events[seq - 1].last - events[seq - 1].first + 1 > span;
				const content = hits.filter((seq) => !broad(seq));
				const context = hits.filter(broad);
				// The year- and decade-long events of the data set are context in a window of a month or a day.
				expect(context.length).toBeGreaterThan(0);
				expect(result.total).toBe(hits.length);
				expect(result.page.map((e) => plain.seq[e])).toEqual(content.slice(2, 22));
				const listed = result.context.map((e) => plain.seq[e]);
				expect(listed.length).toBeGreaterThan(0);
				// In date order; all of them (up to the limit) once the content has run out.
				const at = listed.map((seq) => context.indexOf(seq));
				expect(at.every((k, i) => k >= 0 && (i === 0 || k > at[i - 1]))).toBe(true);
				if (result.page.length < 20) expect(listed).toEqual(context.slice(0, 20));
			});

	it('spreads a month-long event over its month in the density, not on its 1st', () => {
		const builder = new IndexBuilder();
		builder.add(1, 100, 129, ['RU']);
		builder.add(2, 130, 130, ['RU']);
		const t = new EventTable(builder.build());
		const mass = (a: number, b: number) => t.cumulative[b - t.minDay + 1] - t.cumulative[a - t.minDay];
		expect(mass(100, 100)).toBeCloseTo(1 / 30);
		expect(mass(100, 129)).toBeCloseTo(1);
		expect(mass(130, 130)).toBeCloseTo(1);
	});

	it("takes one country's density from the country index exactly as a scan computes it", () => {
		for (const code of CODES) {
			const criteria = { countries: [code], mode: 'any' as const, textMatches: null };
			const scanned = new Selection(plain, criteria);
			const fromIndex = new Selection(indexed, criteria);
			expect(fromIndex.days).not.toBeNull();
			expect([...fromIndex.cumulative]).toEqual([...scanned.cumulative]);
		}
	});

	it('keeps a scan near its window though one event spans decades', () => {
		const builder = new IndexBuilder();
		builder.add(1, 0, 20_000, ['RU']); // "since 1970"
		for (let i = 0; i < 1000; i++) builder.add(i + 2, 10_000 + i, 10_000 + i, ['RU']);
		const t = withCountryIndex(new EventTable(builder.build()));
		const { early, start, end } = t.windowScan(10_900, 10_909);
		expect(end - start).toBe(10);
		expect([...early].map((p) => t.seq[t.order[p]])).toEqual([1]);
		const selection = new Selection(t, { countries: ['RU'], mode: 'any', textMatches: null });
		const result = queryWindow(t, selection, 10_900, 10_909, 0, 5);
		expect(result.total).toBe(11);
		expect(result.page.map((e) => t.seq[e])).toEqual([1, 902, 903, 904, 905]);
		expect(queryWindow(t, null, 10_900, 10_909, 0, 3).page.map((e) => t.seq[e])).toEqual([1, 902, 903]);
	});

	it('handles no events', () => {
		const t = withCountryIndex(new EventTable(new IndexBuilder().build()));
		expect(queryWindow(t, null, 0, 100)).toMatchObject({ total: 0, page: [] });
		expect(queryWindow(t, new Selection(t, { countries: ['RU'], mode: 'any', textMatches: null }), 0, 100).total).toBe(0);
	});
});

describe('bulkOfEvents', () => {
	it('leaves out a thin tail of outlying events', () => {
		const builder = new IndexBuilder();
		builder.add(1, 0, 0, ['RU']);
		for (let i = 0; i < 200; i++) builder.add(i + 2, 20_000 + i, 20_000 + i, ['RU']);
		const bulk = bulkOfEvents(new EventTable(builder.build()));
		expect(bulk.from).toBeGreaterThanOrEqual(20_000);
		expect(bulk.to).toBeLessThanOrEqual(20_199);
		expect(bulk.to).toBeGreaterThan(20_150);
	});

	it('keeps the older events that lead up to the bulk without a gap', () => {
		const builder = new IndexBuilder();
		builder.add(1, 0, 0, ['RU']);
		for (let i = 0; i < 60; i++) builder.add(i + 2, 19_880 + i * 2, 19_880 + i * 2, ['RU']);
		for (let i = 0; i < 200; i++) builder.add(i + 100, 20_000 + i, 20_000 + i, ['RU']);
		const bulk = bulkOfEvents(new EventTable(builder.build()));
		expect(bulk.from).toBe(19_880);
		expect(bulk.to).toBeGreaterThan(20_150);
	});
});
