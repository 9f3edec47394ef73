import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '$lib/api/client';
import { addBundledArticles, localApi } from '$lib/api/test-server';
import { Dataset } from './dataset.svelte';

const local = localApi();
afterAll(local.dispose);
beforeAll(() => addBundledArticles(local.api));

describe('Dataset', () => {
	it('loads the index of every stored story, each weighed by its outlets', async () => {
		const dataset = new Dataset(local.api);
		expect(dataset.table).toBeNull();
		await dataset.load();
		expect(dataset.error).toBeNull();
		const { total, stories } = await local.api.stories({}, { limit: 500 });
		expect(total).toBeLessThanOrEqual(500);
		expect(dataset.table!.count).toBe(total);
		const weights = new Map(Array.from(dataset.table!.seq, (seq, i) => [seq, dataset.table!.weight![i]]));
		expect(stories.some((s) => s.outlets > 1)).toBe(true);
		for (const s of stories) expect(weights.get(s.seq), s.id).toBe(s.outlets);
	});

	it('loads the index of coverage: a row per article telling a story, under the story’s number', async () => {
		const dataset = new Dataset(local.api);
		await dataset.load('articles');
		expect(dataset.unit).toBe('articles');
		const { stories } = await local.api.stories({}, { limit: 500 });
		expect(dataset.table!.count).toBe(stories.reduce((sum, s) => sum + s.articles, 0));
		const rows = new Map<number, number>();
		for (const seq of dataset.table!.seq) rows.set(seq, (rows.get(seq) ?? 0) + 1);
		for (const s of stories) expect(rows.get(s.seq), s.id).toBe(s.articles);
	});

	it('keeps the index last asked for when loads cross', async () => {
		const dataset = new Dataset(local.api);
		await Promise.all([dataset.load('articles'), dataset.load('stories')]);
		expect(dataset.unit).toBe('stories');
		expect(dataset.table!.count).toBe((await local.api.stories({}, { limit: 1 })).total);
	});

	it('says why the index could not be loaded', async () => {
		const down = new ApiClient(async () => new Response('{"error":"the database is locked"}', { status: 503 }));
		const dataset = new Dataset(down);
		await dataset.load();
		expect(dataset.table).toBeNull();
		expect(dataset.error).toBe('the story index could not be loaded (the database is locked)');
	});

	it('fetches the details it does not have, once, in batches the API takes', async () => {
		const asked: string[] = [];
		const counting = new ApiClient((input, init) => (asked.push(String(input)), local.fetch(input, init)));
		const dataset = new Dataset(counting);
		const { stories } = await local.api.stories({}, { limit: 3 });
		dataset.remember([stories[0]]);
		const seqs = stories.map((e) => e.seq);
		expect(await Promise.all([dataset.fetchDetails(seqs), dataset.fetchDetails(seqs)])).toEqual([true, true]);
		expect(asked).toEqual([`/api/stories?seq=${seqs.slice(1).join(',')}`]);
		expect([...dataset.details.keys()].sort()).toEqual([...seqs].sort());
		expect(dataset.byId(stories[2].id)?.summary).toBe(stories[2].summary);
		expect(dataset.byId('nope')).toBeNull();
	});

	it('forgets a batch that failed, so that asking again retries it', async () => {
		let failing = true;
		const flaky = new ApiClient((input, init) => (failing ? Promise.reject(new TypeError('Failed to fetch')) : local.fetch(input, init)));
		const dataset = new Dataset(flaky);
		const [story] = (await local.api.stories({}, { limit: 1 })).stories;
		expect(await dataset.fetchDetails([story.seq])).toBe(false);
		expect(dataset.details.has(story.seq)).toBe(false);
		failing = false;
		expect(await dataset.fetchDetails([story.seq])).toBe(true);
		expect(dataset.details.get(story.seq)?.id).toBe(story.id);
	});

	it('reloads after the stories changed, forgetting the faces of their old numbers', async () => {
		const dataset = new Dataset(local.api);
		await dataset.load();
		const before = dataset.table;
		const [story] = (await local.api.stories({}, { limit: 1 })).stories;
		dataset.remember([story]);
		await dataset.reload();
		expect(dataset.details.size).toBe(0);
		// Compared as a boolean: a failing match would print the whole table.
		expect(dataset.table === before).toBe(false);
		expect(dataset.changes).toBe(1);
	});
});
