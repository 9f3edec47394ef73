import { flushSync } from 'svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '$lib/api/client';
import { localApi } from '$lib/api/test-server';
import type { EventDetail } from '$lib/domain/types';
import { Dataset } from './dataset.svelte';
import { type ServerSelection, SelectedEvent } from './selected-event.svelte';
import { TestAddress } from './test-address.svelte';
import { View } from './view.svelte';

const local = localApi();
afterAll(local.dispose);

const draft = {
	title: 'Russia and China sign gas deal',
	published: '2014-05-22',
	url: 'https://example.org/gas-deal',
	text: 'Russia and China on Wednesday signed a 30-year agreement under which Gazprom will supply gas to China. In March the two sides had failed to agree on a price.'
};
let deal: EventDetail;
let march: EventDetail;
beforeAll(async () => {
	[deal, march] = (await local.api.saveArticle(draft)).events;
});

const nothing: ServerSelection = { selected: null, eventMissing: false };

/** The selection of the page opened at `path`, its effects running until `stop`; `asked` lists the requests and whether each was given up. */
async function select(path: string, server: ServerSelection = nothing) {
	const asked: { url: string; signal: AbortSignal | null | undefined }[] = [];
	const api = new ApiClient((input, init) => (asked.push({ url: String(input), signal: init?.signal }), local.fetch(input, init)));
	const address = new TestAddress(path);
	const view = new View(address);
	const dataset = new Dataset(api);
	const selected = new SelectedEvent(api, view, dataset, () => server);
	const stop = $effect.root(() => selected.follow());
	flushSync();
	return { address, view, dataset, selected, asked, stop };
}

describe('SelectedEvent', () => {
	it('takes the event and its article from the server for a link opened cold', async () => {
		const article = await local.api.article(deal.article.id);
		const { selected, asked, stop } = await select(`/?event=${deal.id}`, { selected: { event: deal, article }, eventMissing: false });
		expect(selected.event?.id).toBe(deal.id);
		expect(selected.article?.id).toBe(article.id);
		expect(asked).toEqual([]);
		stop();
	});

	it('fetches an event it does not know, then its article', async () => {
		const { selected, view, stop } = await select('/');
		expect(selected.event).toBeNull();
		view.push({ event: march.id });
		flushSync();
		await vi.waitFor(() => expect(selected.event?.id).toBe(march.id));
		await vi.waitFor(() => expect(selected.article?.text).toBe(draft.text));
		expect(selected.gone).toBe(false);
		stop();
	});

	it('gives up fetching an event that is no longer selected', async () => {
		const { selected, view, dataset, asked, stop } = await select(`/?event=${deal.id}`);
		view.push({ event: march.id });
		flushSync();
		await vi.waitFor(() => expect(selected.event?.id).toBe(march.id));
		const events = asked.filter((a) => a.url.startsWith('/api/events/'));
		expect(events.map((a) => a.url)).toEqual([`/api/events/${deal.id}`, `/api/events/${march.id}`]);
		// The first was given up before its answer: nothing of it is kept.
		expect(events[0].signal?.aborted).toBe(true);
		expect(dataset.byId(deal.id)).toBeNull();
		stop();
	});

	it('says when the selected event does not exist, and keeps the rest of the view', async () => {
		const { selected, view, stop } = await select('/?c=CN&event=doesnotexist');
		await vi.waitFor(() => expect(selected.gone).toBe(true));
		expect(view.state.countries).toEqual(['CN']);
		view.push({ event: null });
		flushSync();
		expect(selected.gone).toBe(false);
		stop();
	});

	it('trusts the server that the event in the link is gone', async () => {
		const { selected, asked, stop } = await select('/?event=doesnotexist', { selected: null, eventMissing: true });
		expect(selected.gone).toBe(true);
		expect(asked).toEqual([]);
		stop();
	});

	it('selects an event by its number once its details are known', async () => {
		const { selected, view, dataset, stop } = await select('/');
		selected.selectSeq(deal.seq);
		expect(view.state.event).toBeNull();
		dataset.remember([deal]);
		selected.selectSeq(deal.seq);
		expect(view.state.event).toBe(deal.id);
		stop();
	});

	it('stores a correction with the article’s earlier ones and shows the event as corrected', async () => {
		const { selected, dataset, stop } = await select(`/?event=${march.id}`);
		await vi.waitFor(() => expect(selected.article).not.toBeNull());
		await selected.correct({ kind: 'edit', eventId: march.id, countries: ['CN'] });
		await selected.correct({ kind: 'edit', eventId: march.id, summary: 'Talks on the price fail' });
		flushSync();
		expect(dataset.table).not.toBeNull();
		expect(selected.event).toMatchObject({ id: march.id, countries: ['CN'], summary: 'Talks on the price fail', human: true });
		expect(selected.article?.corrections).toHaveLength(2);
		stop();
	});

	it('closes an event the reader dropped', async () => {
		const { selected, view, stop } = await select(`/?event=${deal.id}`);
		await vi.waitFor(() => expect(selected.article).not.toBeNull());
		await selected.correct({ kind: 'drop', eventId: deal.id });
		expect(view.state.event).toBeNull();
		expect((await local.api.article(deal.article.id)).events.map((e) => e.id)).not.toContain(deal.id);
		stop();
	});

	it('rejects with the server’s message when the correction is refused', async () => {
		const { selected, stop } = await select(`/?event=${march.id}`);
		await vi.waitFor(() => expect(selected.event).not.toBeNull());
		await expect(selected.correct({ kind: 'edit', eventId: march.id, summary: ' ' })).rejects.toThrow(/summary/);
		stop();
	});
});
