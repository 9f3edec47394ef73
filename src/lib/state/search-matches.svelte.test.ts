import { flushSync } from 'svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '$lib/api/client';
import { addBundledArticles, localApi } from '$lib/api/test-server';
import { SearchMatches } from './search-matches.svelte';

const local = localApi();
afterAll(local.dispose);
beforeAll(() => addBundledArticles(local.api));

/** Matches following words the test sets; `asked` lists the searches and whether each was given up. */
function search() {
	const asked: { url: string; signal: AbortSignal | null | undefined }[] = [];
	const api = new ApiClient((input, init) => (asked.push({ url: String(input), signal: init?.signal }), local.fetch(input, init)));
	const words = $state({ q: '', other: 0 });
	const matches = new SearchMatches(api, () => (void words.other, words.q));
	const stop = $effect.root(() => matches.follow());
	flushSync();
	return { words, matches, asked, stop };
}

describe('SearchMatches', () => {
	it('holds the numbers of the stories the server matched, and none without words', async () => {
		const { words, matches, stop } = search();
		expect(matches.current).toBeNull();
		words.q = 'Microsoft';
		flushSync();
		const expected = await local.api.searchStories('Microsoft');
		expect(expected.length).toBeGreaterThan(0);
		await vi.waitFor(() => expect(matches.current).toEqual(new Set(expected)));
		words.q = '';
		flushSync();
		expect(matches.current).toBeNull();
		stop();
	});

	it('gives up the search for words replaced before it answered', async () => {
		const { words, matches, asked, stop } = search();
		words.q = 'gas';
		flushSync();
		words.q = 'Windows';
		flushSync();
		const expected = await local.api.searchStories('Windows');
		await vi.waitFor(() => expect(matches.current).toEqual(new Set(expected)));
		expect(asked.map((a) => [a.url, a.signal?.aborted])).toEqual([
			['/api/stories/search?q=gas', true],
			['/api/stories/search?q=Windows', false]
		]);
		stop();
	});

	it('searches again only when the words change', async () => {
		const { words, asked, stop } = search();
		words.q = 'Beijing';
		flushSync();
		words.other++;
		flushSync();
		expect(asked).toHaveLength(1);
		stop();
	});

	it('matches nothing, and says why, when the server refuses the words', async () => {
		const { words, matches, stop } = search();
		words.q = 'x'.repeat(201);
		flushSync();
		await vi.waitFor(() => expect(matches.current).toEqual(new Set()));
		expect(matches.error).toMatch(/200/);
		stop();
	});
});

describe('SearchMatches after the stories changed', () => {
	it('searches again, as the stories’ numbers start afresh', async () => {
		const asked: string[] = [];
		const api = new ApiClient((input, init) => (asked.push(String(input)), local.fetch(input, init)));
		const changes = $state({ n: 0 });
		const matches = new SearchMatches(api, () => 'Microsoft', () => changes.n);
		const stop = $effect.root(() => matches.follow());
		flushSync();
		await vi.waitFor(() => expect(matches.current).not.toBeNull());
		changes.n++;
		flushSync();
		expect(asked).toEqual(['/api/stories/search?q=Microsoft', '/api/stories/search?q=Microsoft']);
		stop();
	});
});
