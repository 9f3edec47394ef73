import { describe, expect, it } from 'vitest';
import { type SyntheticArticle, syntheticArticles } from './synthetic';

const articles = (size: number, seed = 1) => [...syntheticArticles(size, seed)];
const isCopy = (a: SyntheticArticle) => / Republished by [^.]+\.$/.test(a.draft.text);

describe('synthetic news for the bench', () => {
	const data = articles(20_000);
	const originals = data.filter((a) => !isCopy(a));

	it('makes exactly the events asked for, the same ones for a seed', () => {
		expect(data.reduce((n, a) => n + a.extraction.events.length, 0)).toBe(20_000);
		// Two generators of one seed, so that nothing unseeded (Math.random, the clock) slips in.
		expect(articles(3000).map((a) => a.draft)).toEqual(articles(3000).map((a) => a.draft));
		expect(articles(3000, 2)[0].draft.text).not.toBe(data[0].draft.text);
	});

	it('tells most happenings in several articles, each at most eight times apart from wire copies', () => {
		const tellings = new Map<number, number>();
		for (const a of originals) for (const n of a.truth) tellings.set(n, (tellings.get(n) ?? 0) + 1);
		const counts = [...tellings.values()];
		expect(Math.max(...counts)).toBe(8);
		expect(Math.min(...counts)).toBe(1);
		expect(counts.filter((c) => c > 1).length / counts.length).toBeGreaterThan(0.6);
	});

	it('has the tellings of a happening share names and differ in other words', () => {
		const told = new Map<number, string[]>();
		for (const a of originals) a.truth.forEach((n, i) => told.set(n, [...(told.get(n) ?? []), a.extraction.events[i].summary]));
		const retold = [...told.values()].filter((s) => s.length >= 3);
		expect(retold.length).toBeGreaterThan(100);
		// The names come after the date ("On 3 May 2014, Kova and Rebatuzi of …"); one of them is in at least half the tellings.
		const names = (summary: string) => summary.split(', ')[1].split(' of ')[0].split(' and ');
		for (const summaries of retold) {
			const counts = new Map<string, number>();
			for (const name of summaries.flatMap(names)) counts.set(name, (counts.get(name) ?? 0) + 1);
			expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(summaries.length / 2);
		}
		expect(retold.filter((s) => new Set(s.map((x) => x.split(', ').slice(1).join(', '))).size > 1).length / retold.length).toBeGreaterThan(0.95);
	});

	it('dates a happening the same day, by month, week or year later, in the shares of the old data', () => {
		const share = (g: string) => data.flatMap((a) => a.extraction.events).filter((e) => e.date.granularity === g).length / 20_000;
		expect(share('day')).toBeCloseTo(0.6, 1);
		expect(share('month')).toBeCloseTo(0.25, 1);
		expect(share('week')).toBeCloseTo(0.05, 1);
		expect(share('year')).toBeCloseTo(0.1, 1);
		// Each event's date is written in its clause, where the extraction says.
		for (const a of data.slice(0, 200))
			a.extraction.events.forEach((e, i) => expect(a.draft.text.slice(a.extraction.dates[i].start, a.extraction.dates[i].end)).toMatch(/^(On|In) /));
	});

	it('republishes one article in ten word for word on another outlet', () => {
		const copies = data.filter(isCopy);
		expect(copies.length / data.length).toBeGreaterThan(0.07);
		expect(copies.length / data.length).toBeLessThan(0.13);
		for (const copy of copies) {
			// Copied from the last article that is no copy itself.
			const original = data.slice(0, data.indexOf(copy)).findLast((a) => !isCopy(a))!;
			expect(copy.draft.text.startsWith(original.draft.text)).toBe(true);
			expect(copy.draft.source).not.toBe(original.draft.source);
			expect(copy.draft.url).not.toBe(original.draft.url);
		}
	});

	it('publishes in order over twenty years, each article after the happenings it tells', () => {
		const days = data.map((a) => a.draft.published!);
		expect(days).toEqual([...days].sort());
		expect(days[0].slice(0, 4)).toBe('2005');
		expect(days.at(-1)!.slice(0, 4)).toBe('2024');
		for (const a of data) for (const e of a.extraction.events) expect(e.date.value.slice(0, 4) <= a.draft.published!.slice(0, 4)).toBe(true);
	});
});
