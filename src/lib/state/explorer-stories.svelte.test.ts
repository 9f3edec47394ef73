import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '$lib/api/client';
import { parseDay } from '$lib/domain/days';
import { IndexBuilder } from '$lib/domain/event-index';
import { EventTable } from '$lib/query/event-table';
import { Dataset } from './dataset.svelte';
import { Explorer } from './explorer.svelte';
import { TestAddress } from './test-address.svelte';
import { View } from './view.svelte';

const day = (iso: string) => parseDay(iso)!;

/**
 * Rows of an index as the server sends them: [story, first day, last day, weight]. Counting
 * stories a story has one row weighing its outlets; counting coverage, a row per article, each weighing one.
 */
function table(rows: [number, string, string, number][]): EventTable {
	const builder = new IndexBuilder();
	for (const [seq, first, last, weight] of rows) builder.add(seq, day(first), day(last), ['UA'], weight);
	return new EventTable(builder.build());
}

const MH17: [number, string, string] = [1, '2014-07-17', '2014-07-17'];
const TALKS: [number, string, string] = [2, '2014-07-10', '2014-07-11'];
const YEAR: [number, string, string] = [3, '2014-01-01', '2014-12-31'];
const JULY: [number, string, string] = [4, '2014-07-01', '2014-07-31'];

/** An explorer over `rows` on the page opened at `path` (no server: the index is given). */
function explore(path: string, rows: [number, string, string, number][]) {
	const view = new View(new TestAddress(path));
	const dataset = new Dataset(new ApiClient(() => Promise.reject(new Error('no server here'))));
	dataset.table = table(rows);
	dataset.unit = view.state.count;
	const explorer = new Explorer(view, dataset, { current: null }, () => ({ total: 0, stories: [], content: 0, listed: 0, counts: {} }));
	const stop = $effect.root(() => explorer.follow());
	flushSync();
	return { explorer, stop };
}

describe('Explorer over stories', () => {
	const stories: [number, string, string, number][] = [
		[...YEAR, 4],
		[...JULY, 2],
		[...TALKS, 1],
		[...MH17, 7]
	];

	it('weighs each story’s mark by its outlets', () => {
		const { explorer, stop } = explore('/', stories);
		expect(new Map([...explorer.marks!, ...explorer.contextMarks].map((m) => [m.seq, m.weight]))).toEqual(new Map([[3, 4], [4, 2], [2, 1], [1, 7]]));
		stop();
	});

	it('lists a window’s content first and stories far coarser than it after, drawn apart', () => {
		const { explorer, stop } = explore('/?from=2014-07-07&to=2014-07-27', stories);
		expect(explorer.total).toBe(4);
		// Three weeks: the talks and the day are content; the month and the year, longer than the window, are context.
		expect(explorer.list.map((row) => [row.seq, row.context])).toEqual([[2, false], [1, false], [3, true], [4, true]]);
		expect(explorer.marks!.map((m) => m.seq)).toEqual([2, 1]);
		expect(explorer.contextMarks.map((m) => m.seq)).toEqual([3, 4]);
		stop();
	});

	it('without a window, lists the happenings of the data’s whole span first: a month or finer, then the coarser', () => {
		const { explorer, stop } = explore('/', stories);
		// The data span 2014: the month, the talks and the day are content, in order of their days; the year is context.
		expect(explorer.list.map((row) => [row.seq, row.context])).toEqual([[4, false], [2, false], [1, false], [3, true]]);
		expect(explorer.contextMarks.map((m) => m.seq)).toEqual([3]);
		stop();
	});

	it('counting coverage, counts articles but lists and draws each story once, weighing its articles', () => {
		const articles: [number, string, string, number][] = [[...YEAR, 1], [...JULY, 1], [...TALKS, 1], [...MH17, 1], [...MH17, 1], [...MH17, 1]];
		const { explorer, stop } = explore('/?from=2014-07-07&to=2014-07-27&count=articles', articles);
		expect(explorer.total).toBe(6);
		expect(explorer.list.map((row) => row.seq)).toEqual([2, 1, 3, 4]);
		expect(explorer.marks!.find((m) => m.seq === 1)!.weight).toBe(3);
		expect(explorer.counts.get('UA')).toBe(6);
		// Every story is listed: nothing more to show, though the articles outnumber them.
		expect(explorer.more).toBe(false);
		stop();
	});

	it('offers more while stories are left to list', () => {
		const many: [number, string, string, number][] = Array.from({ length: 30 }, (_, i) => [i + 1, '2014-07-17', '2014-07-17', 1]);
		const { explorer, stop } = explore('/', many);
		expect(explorer.list).toHaveLength(25);
		expect(explorer.more).toBe(true);
		explorer.listLimit += 25;
		flushSync();
		expect(explorer.list).toHaveLength(30);
		expect(explorer.more).toBe(false);
		stop();
	});
});
