import { flushSync } from 'svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiFilter } from '$lib/api/client';
import { addBundledArticles, localApi } from '$lib/api/test-server';
import { LIST_PAGE } from '$lib/domain/filter';
import { Dataset } from './dataset.svelte';
import { Explorer, type ServerView } from './explorer.svelte';
import { SearchMatches } from './search-matches.svelte';
import { TestAddress } from './test-address.svelte';
import { View } from './view.svelte';

const { api, dispose } = localApi();
afterAll(dispose);
beforeAll(() => addBundledArticles(api));

/** An explorer on the page opened at `path`, its effects running until `stop`. */
async function explore(path: string, server: ServerView = { total: 0, stories: [], content: 0, listed: 0, counts: {} }) {
	const view = new View(new TestAddress(path));
	const dataset = new Dataset(api);
	const matches = new SearchMatches(api, () => view.state.q);
	const explorer = new Explorer(view, dataset, matches, () => server);
	const stop = $effect.root(() => {
		matches.follow();
		explorer.follow();
	});
	flushSync();
	return { view, dataset, matches, explorer, stop };
}

/** The server's own answer for a filter: what the explorer, filtering locally, must agree with. */
const serverTotal = async (filter: ApiFilter) => (await api.stories(filter, { limit: 1 })).total;

describe('Explorer', () => {
	it('shows what the server rendered until the index has loaded', async () => {
		const page = await api.stories({ countries: ['CN'] }, { limit: LIST_PAGE });
		const { explorer, dataset, stop } = await explore('/?c=CN', { total: page.total, stories: page.stories, content: page.stories.length, listed: page.total, counts: { CN: page.total } });
		expect(explorer.total).toBe(page.total);
		expect(explorer.list.map((row) => row.detail?.id)).toEqual(page.stories.map((e) => e.id));
		expect(explorer.counts).toEqual(new Map([['CN', page.total]]));
		await dataset.load();
		flushSync();
		expect(explorer.total).toBe(page.total);
		expect(explorer.list.map((row) => row.seq)).toEqual(page.stories.map((e) => e.seq));
		stop();
	});

	it('agrees with the server on every filter the address can hold', async () => {
		const cases: [string, ApiFilter][] = [
			['/', {}],
			['/?from=2014-05-01&to=2014-08-31', { from: '2014-05-01', to: '2014-08-31' }],
			['/?c=RU,CN', { countries: ['RU', 'CN'] }],
			['/?c=RU,CN&mode=all', { countries: ['RU', 'CN'], mode: 'all' }],
			['/?from=2014-01-01&to=2014-12-31&c=US', { from: '2014-01-01', to: '2014-12-31', countries: ['US'] }]
		];
		for (const [path, filter] of cases) {
			const { explorer, dataset, stop } = await explore(path);
			await dataset.load();
			flushSync();
			const total = await serverTotal(filter);
			expect(total, path).toBeGreaterThan(0);
			expect(explorer.total, path).toBe(total);
			expect(explorer.list, path).toHaveLength(Math.min(total, LIST_PAGE));
			stop();
		}
	});

	it('narrows by the words the server matched', async () => {
		const { explorer, dataset, matches, stop } = await explore('/?q=Microsoft');
		await dataset.load();
		await vi.waitFor(() => expect(matches.current).not.toBeNull());
		flushSync();
		const total = await serverTotal({ q: 'Microsoft' });
		expect(total).toBeGreaterThan(0);
		expect(explorer.total).toBe(total);
		stop();
	});

	it('lists by date, each row at once from the index and its details once fetched', async () => {
		const { explorer, dataset, stop } = await explore('/?c=CN');
		await dataset.load();
		flushSync();
		expect(explorer.list.length).toBeGreaterThan(1);
		const days = explorer.list.map((row) => row.firstDay);
		expect(days).toEqual([...days].sort((a, b) => a - b));
		expect(explorer.list.every((row) => row.detail === null && row.countries.includes('CN'))).toBe(true);
		expect(explorer.wanted).toEqual(explorer.list.map((row) => row.seq));
		await dataset.fetchDetails(explorer.wanted);
		flushSync();
		expect(explorer.wanted).toEqual([]);
		expect(explorer.list.every((row) => row.detail?.countries.includes('CN'))).toBe(true);
		stop();
	});

	it('shows more rows when asked', async () => {
		const { explorer, dataset, stop } = await explore('/');
		await dataset.load();
		explorer.listLimit += LIST_PAGE;
		flushSync();
		expect(explorer.list).toHaveLength(2 * LIST_PAGE);
		stop();
	});

	it('counts stories per country, and joins a chosen country to its partners by their shared stories', async () => {
		const { explorer, dataset, stop } = await explore('/?c=RU');
		await dataset.load();
		flushSync();
		expect(explorer.counts.get('RU')).toBe(explorer.total);
		expect(explorer.involved[0]).toEqual(['RU', explorer.total]);
		const china = explorer.pairs.find((p) => p.b === 'CN')!;
		expect(china.a).toBe('RU');
		expect(china.weight).toBe(await serverTotal({ countries: ['RU', 'CN'], mode: 'all' }));
		stop();
	});

	it('marks the window’s stories on the timeline one by one, context apart, labelled once their faces come', async () => {
		const { explorer, dataset, stop } = await explore('/?from=2014-05-01&to=2014-05-31');
		await dataset.load();
		flushSync();
		expect(explorer.total).toBeGreaterThan(0);
		// The month's stories in its lanes, those far coarser than it (a year, say) apart.
		expect(explorer.marks!.length).toBeGreaterThan(0);
		expect(explorer.contextMarks.length).toBeGreaterThan(0);
		expect(explorer.marks!.length + explorer.contextMarks.length).toBe(explorer.total);
		for (const m of explorer.marks!) expect(m.last - m.first + 1).toBeLessThanOrEqual(2 * 31);
		for (const m of explorer.contextMarks) expect(m.last - m.first + 1).toBeGreaterThan(2 * 31);
		expect(explorer.marks!.every((m) => m.label === null && m.weight >= 1)).toBe(true);
		await dataset.fetchDetails(explorer.wantedForMarks);
		flushSync();
		// The content names days or months of May 2014; the context, spans that hold it ("since 2006", the year).
		expect(explorer.marks!.every((m) => m.label?.includes('May 2014'))).toBe(true);
		expect(explorer.contextMarks.every((m) => m.label !== null)).toBe(true);
		stop();
	});

	it('follows the zoom and the window of the address', async () => {
		const { explorer, view, stop } = await explore('/?from=2014-05-01&to=2014-08-31&zoom=2014-01-01,2014-12-31');
		expect(explorer.zoom).toEqual({ from: 16071, to: 16435 });
		expect(explorer.window).toEqual({ from: 16191, to: 16313 });
		view.push({ zoom: null, from: null, to: null });
		expect(explorer.zoom).toBeNull();
		expect(explorer.window).toBeNull();
		stop();
	});
});
