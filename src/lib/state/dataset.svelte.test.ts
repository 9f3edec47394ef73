import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '$lib/api/client';
import { addBundledArticles, localApi } from '$lib/api/test-server';
import { Dataset } from './dataset.svelte';

const local = localApi();
afterAll(local.dispose);
beforeAll(() => addBundledArticles(local.api));

describe('Dataset', () => {
	it('loads the index of every stored event', async () => {
		const dataset = new Dataset(local.api);
		expect(dataset.table).toBeNull();
		await dataset.load();
		expect(dataset.error).toBeNull();
		expect(dataset.table!.count).toBe((await local.api.events()).total);
	});

	it('says why the index could not be loaded', async () => {
		const down = new ApiClient(async () => new Response('{"error":"the database is locked"}', { status: 503 }));
		const dataset = new Dataset(down);
		await dataset.load();
		expect(dataset.table).toBeNull();
		expect(dataset.error).toBe('the event index could not be loaded (the database is locked)');
	});

	it('fetches the details it does not have, once, in batches the API takes', async () => {
		const asked: string[] = [];
		const counting = new ApiClient((input, init) => (asked.push(String(input)), local.fetch(input, init)));
		const dataset = new Dataset(counting);
		const { events } = await local.api.events({}, { limit: 3 });
		dataset.remember([events[0]]);
		const seqs = events.map((e) => e.seq);
		expect(await Promise.all([dataset.fetchDetails(seqs), dataset.fetchDetails(seqs)])).toEqual([true, true]);
		expect(asked).toEqual([`/api/events?seq=${seqs.slice(1).join(',')}`]);
		expect([...dataset.details.keys()].sort()).toEqual([...seqs].sort());
		expect(dataset.byId(events[2].id)?.summary).toBe(events[2].summary);
		expect(dataset.byId('nope')).toBeNull();
	});

	it('forgets a batch that failed, so that asking again retries it', async () => {
		let failing = true;
		const flaky = new ApiClient((input, init) => (failing ? Promise.reject(new TypeError('Failed to fetch')) : local.fetch(input, init)));
		const dataset = new Dataset(flaky);
		const [event] = (await local.api.events({}, { limit: 1 })).events;
		expect(await dataset.fetchDetails([event.seq])).toBe(false);
		expect(dataset.details.has(event.seq)).toBe(false);
		failing = false;
		expect(await dataset.fetchDetails([event.seq])).toBe(true);
		expect(dataset.details.get(event.seq)?.id).toBe(event.id);
	});

	it('reloads after the events changed, forgetting the details of their old numbers', async () => {
		const dataset = new Dataset(local.api);
		await dataset.load();
		const before = dataset.table;
		const [event] = (await local.api.events({}, { limit: 1 })).events;
		dataset.remember([event]);
		await dataset.reload();
		expect(dataset.details.size).toBe(0);
		// Compared as a boolean: a failing match would print the whole table.
		expect(dataset.table === before).toBe(false);
		expect(dataset.changes).toBe(1);
	});
});
