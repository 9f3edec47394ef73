import { flushSync } from 'svelte';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '$lib/api/client';
import { addBundledArticles, localApi } from '$lib/api/test-server';
import { LIST_PAGE } from '$lib/domain/filter';
import { Dataset } from './dataset.svelte';
import { DetailsFetcher, GESTURE_PAUSE, MARKS_REST, RETRY_AFTER } from './details-fetcher.svelte';
import { Explorer } from './explorer.svelte';
import { TestAddress } from './test-address.svelte';
import { View } from './view.svelte';

const local = localApi();
afterAll(local.dispose);
beforeAll(() => addBundledArticles(local.api));
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/**
 * The page opened at `path` with its index loaded, then its details fetcher started on a clock
 * the test moves; `asked` lists how many events each request for details asked for.
 */
async function fetching(path: string) {
	const asked: number[] = [];
	const server = { down: false };
	const api = new ApiClient((input, init) => {
		const seqs = /seq=([\d,]+)/.exec(String(input))?.[1];
		if (seqs) asked.push(seqs.split(',').length);
		if (seqs && server.down) return Promise.reject(new TypeError('Failed to fetch'));
		return local.fetch(input, init);
	});
	const view = new View(new TestAddress(path));
	const dataset = new Dataset(api);
	await dataset.load();
	const explorer = new Explorer(view, dataset, { current: null }, () => ({ total: 0, stories: [], content: 0, listed: 0, counts: {} }));
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
	// The list follows a gesture frame by frame: frames come every 16 ms of the test's clock.
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 16));
	vi.stubGlobal('cancelAnimationFrame', (handle: number) => clearTimeout(handle));
	const stop = $effect.root(() => {
		explorer.follow();
		new DetailsFetcher(view, dataset, explorer).follow();
	});
	flushSync();
	return { view, dataset, explorer, asked, server, stop };
}

/** Waits, task by task (the API answers in tasks of its own), until `done` holds; the test's clock stands still meanwhile. */
async function until(done: () => boolean) {
	for (let turns = 0; !done(); turns++) {
		if (turns > 1000) throw new Error('waited too long');
		await new Promise((resolve) => setImmediate(resolve));
		flushSync();
	}
}

describe('DetailsFetcher', () => {
	it('fetches the list’s details at once, and the marks’ once the view has rested', async () => {
		const { dataset, explorer, asked, stop } = await fetching('/');
		// Every story has a mark: the content's, or drawn apart as context (the years of the whole span).
		expect(explorer.marks!.length + explorer.contextMarks.length).toBe(dataset.table!.count);
		await vi.advanceTimersByTimeAsync(0);
		expect(asked).toEqual([LIST_PAGE]);
		await until(() => explorer.wanted.length === 0);
		// The marks wait for the view to rest from the moment the list's details came.
		await vi.advanceTimersByTimeAsync(MARKS_REST - 1);
		expect(asked).toEqual([LIST_PAGE]);
		await vi.advanceTimersByTimeAsync(1);
		expect(asked).toEqual([LIST_PAGE, dataset.table!.count - LIST_PAGE]);
		await until(() => explorer.wantedForMarks.length === 0);
		expect(explorer.marks!.every((mark) => mark.label !== null)).toBe(true);
		stop();
	});

	it('waits for a gesture to pause before fetching what it will list', async () => {
		const { view, explorer, asked, stop } = await fetching('/?from=2014-01-01&to=2014-12-31');
		await vi.advanceTimersByTimeAsync(0);
		expect(asked).toHaveLength(1);
		// A drag: a new window each 16 ms frame, for longer than the pause, each listing other events.
		for (let month = 2; month <= 12; month++) {
			view.preview({ from: `2015-${String(month - 1).padStart(2, '0')}-01`, to: `2015-${String(month).padStart(2, '0')}-28` });
			flushSync();
			await vi.advanceTimersByTimeAsync(16);
		}
		expect(asked).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(GESTURE_PAUSE);
		expect(asked).toHaveLength(2);
		flushSync();
		expect(explorer.upcoming).toEqual([]);
		stop();
	});

	it('asks again for details whose fetch failed', async () => {
		const { explorer, asked, server, stop } = await fetching('/?from=2014-06-01&to=2014-06-30');
		server.down = true;
		const listed = explorer.list.length;
		// Each who wants these details asks once, after its own wait (the list, the list to come, the marks), and fails.
		await vi.advanceTimersByTimeAsync(RETRY_AFTER - 1);
		expect(asked).toEqual([listed, listed, listed]);
		expect(explorer.wanted).toHaveLength(listed);
		server.down = false;
		await vi.advanceTimersByTimeAsync(1);
		expect(asked).toEqual([listed, listed, listed, listed]);
		await until(() => explorer.wanted.length === 0);
		stop();
	});
});
