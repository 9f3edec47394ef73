import { flushSync } from 'svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '$lib/api/client';
import { localApi } from '$lib/api/test-server';
import type { StoryDetail } from '$lib/domain/stories';
import type { EventDetail } from '$lib/domain/types';
import { Dataset } from './dataset.svelte';
import { answersTo, OpenedStory, type ServerStory } from './opened-story.svelte';
import { TestAddress } from './test-address.svelte';
import { View } from './view.svelte';

const local = localApi();
afterAll(local.dispose);

/** Two outlets' reports of one happening, and a third article about another. */
const dam = (source: string, published: string, text: string) => ({ title: `Fiji opens Vunimoli dam (${source})`, published, source, url: `https://example.org/${source}`, text });
const first = dam('Pacific Wire', '2015-03-04', "Fiji on Tuesday opened the Vunimoli hydro dam near Labasa, the largest power project in the country's history, Prime Minister Frank Bainimarama said.");
const second = dam('Suva Daily', '2015-03-05', 'Prime Minister Frank Bainimarama inaugurated the Vunimoli hydro dam near Labasa in Fiji on Tuesday, March 3.');
const tonga = {
	title: 'Tonga signs Nukualofa fisheries pact',
	published: '2015-06-10',
	url: 'https://example.org/tonga',
	text: 'Tonga and New Zealand on Wednesday signed the Nukualofa fisheries pact, protecting tuna stocks around the Haapai islands, officials said.'
};
let opening: EventDetail;
let joining: EventDetail;
let story: StoryDetail;
beforeAll(async () => {
	[opening] = (await local.api.saveArticle(first)).events;
	[joining] = (await local.api.saveArticle(second)).events;
	await local.api.saveArticle(tonga);
	story = await local.api.story(opening.id);
});

const nothing: ServerStory = { story: null, storyMissing: false };

/** The opened story of the page at `path`, its effects running until `stop`; `asked` lists the requests. */
function open(path: string, server: ServerStory = nothing) {
	const asked: string[] = [];
	const api = new ApiClient((input, init) => (asked.push(String(input)), local.fetch(input, init)));
	const address = new TestAddress(path);
	const view = new View(address);
	const dataset = new Dataset(api);
	const opened = new OpenedStory(api, view, dataset, () => server);
	const stop = $effect.root(() => opened.follow());
	flushSync();
	return { address, view, dataset, opened, asked, stop };
}

describe('OpenedStory', () => {
	it('holds both reports of the happening, the first one first', () => {
		expect(story.mentions.map((m) => m.id)).toEqual([opening.id, joining.id]);
		expect(story.id).toBe(`st-${opening.id}`);
		expect(answersTo(story, story.id)).toBe(true);
		expect(answersTo(story, joining.id)).toBe(true);
		expect(answersTo(story, `st-${joining.id}`)).toBe(true);
		expect(answersTo(story, 'st-other')).toBe(false);
	});

	it('takes the story from the server for a link opened cold, and fetches its mentions’ articles', async () => {
		const { opened, asked, stop } = open(`/?story=${story.id}`, { story, storyMissing: false });
		expect(opened.story?.id).toBe(story.id);
		expect(asked.filter((url) => url.startsWith('/api/stories/'))).toEqual([]);
		await vi.waitFor(() => expect(opened.articles.size).toBe(2));
		expect(opened.articles.get(opening.article.id)?.dates.length).toBeGreaterThan(0);
		stop();
	});

	it('fetches a story it does not know when the address opens one', async () => {
		const { opened, view, stop } = open('/');
		expect(opened.story).toBeNull();
		view.push({ story: story.id });
		flushSync();
		await vi.waitFor(() => expect(opened.story?.id).toBe(story.id));
		stop();
	});

	it('opens an old link’s event in its story, and rewrites the address to the story', async () => {
		const { opened, address, stop } = open(`/?event=${joining.id}`);
		await vi.waitFor(() => expect(opened.story?.id).toBe(story.id));
		await vi.waitFor(() => expect(address.href).toBe(`/?story=${story.id}`));
		stop();
	});

	it('says a story is gone when the server has none by that id, and keeps the rest of the view', async () => {
		const { opened, view, stop } = open('/?c=FJ&story=st-doesnotexist');
		await vi.waitFor(() => expect(opened.gone).toBe(true));
		expect(view.state.countries).toEqual(['FJ']);
		stop();
		const cold = open('/?story=st-doesnotexist', { story: null, storyMissing: true });
		expect(cold.opened.gone).toBe(true);
		cold.stop();
	});

	it('splits a mention out and merges it back, showing the story each correction names, marked as a reader’s', async () => {
		const { opened, view, dataset, address, stop } = open(`/?story=${story.id}`);
		await dataset.load();
		await vi.waitFor(() => expect(opened.story?.id).toBe(story.id));
		const stories = dataset.table!.count;

		await opened.correct({ op: 'split', event: joining.id });
		flushSync();
		const split = view.state.story!;
		expect(split).not.toBe(story.id);
		expect(opened.story?.mentions.map((m) => m.id)).toEqual([joining.id]);
		expect(opened.story?.human).toBe(true);
		// The index was loaded again: one story more.
		expect(dataset.table!.count).toBe(stories + 1);

		await opened.correct({ op: 'merge', story: split, into: story.id });
		flushSync();
		expect(view.state.story).toBe(story.id);
		expect(opened.story?.mentions.map((m) => m.id)).toEqual([opening.id, joining.id]);
		expect(opened.story?.aliases).toContain(split);
		expect(dataset.table!.count).toBe(stories);
		await vi.waitFor(() => expect(address.href).toBe(`/?story=${story.id}`));
		stop();
	});

	it('rejects a correction the server refuses, with its reason, and changes nothing', async () => {
		const { opened, view, stop } = open(`/?story=${story.id}`);
		await vi.waitFor(() => expect(opened.story).not.toBeNull());
		await expect(opened.correct({ op: 'move', event: opening.id, to: 'st-doesnotexist' })).rejects.toThrow(/./);
		expect(view.state.story).toBe(story.id);
		stop();
	});
});
