import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeIndex } from '$lib/domain/event-index';
import type { ArticleDraft } from '$lib/domain/types';
import { ARTICLES } from '$lib/stories/briefs.fixture';
import { ApiError } from './client';
import { localApi } from './test-server';

const { api, fetch, dispose } = localApi();
afterAll(dispose);

/** The merger's test briefs, as a reader would send them: the outlet as the source. */
const drafts: Record<string, ArticleDraft> = Object.fromEntries(
	ARTICLES.map((b) => [b.id, { title: b.title, published: b.published, source: b.outlet, url: `https://example.org/${b.id}`, text: b.text }])
);
const articleIds = new Map<string, string>();

beforeAll(async () => {
	// All but the Financial Times' piece, which comes later and joins.
	for (const key of ['ap-gas', 'star-gas', 'reuters-gas', 'yonhap-jan', 'yonhap-feb']) articleIds.set(key, (await api.saveArticle(drafts[key])).id);
});

const expectError = async (promise: Promise<unknown>, status: number, message?: RegExp) => {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ApiError);
	expect((error as ApiError).status).toBe(status);
	if (message) expect((error as ApiError).message).toMatch(message);
};

describe('stories over the real route handlers', () => {
	it('tells the gas deal once, with its articles and outlets (a wire copy counts once)', async () => {
		const { stories, total } = await api.stories({ q: 'gazprom' });
		expect(total).toBeGreaterThan(0);
		const deal = stories.find((s) => s.date.value === '2014-05-21')!;
		expect(deal).toMatchObject({ articles: 3, outlets: 2, countries: ['CN', 'RU'], human: false, spread: null });
		expect(deal.id).toMatch(/^st-/);
		expect(deal.first.outlet).toBe('Associated Press');
		expect(deal.first.article.id).toBe(articleIds.get('ap-gas'));
		const detail = await api.story(deal.id);
		expect(detail.mentions.map((m) => m.article.id)).toEqual(['ap-gas', 'star-gas', 'reuters-gas'].map((k) => articleIds.get(k)));
		expect(detail.copies).toEqual([expect.objectContaining({ article: expect.objectContaining({ id: articleIds.get('star-gas') }), copyOf: articleIds.get('ap-gas') })]);
	});

	it('keeps two missile tests a month apart as two stories', async () => {
		const { stories } = await api.stories({ q: 'missile' });
		expect(stories.map((s) => s.date.value)).toEqual(['2016-01-06', '2016-02-10']);
	});

	it('an article added later joins the story, which keeps its id', async () => {
		const [before] = (await api.stories({ from: '2014-05-21', to: '2014-05-21', q: 'gazprom' })).stories;
		await api.saveArticle(drafts['ft-gas']);
		const after = await api.story(before.id);
		expect(after.id).toBe(before.id);
		expect(after.articles).toBe(4);
		expect(after.mentions.at(-1)!.article.source).toBe('Financial Times');
		// The FT's "in May" contains the agreed day: it agrees.
		expect(after.date.value).toBe('2014-05-21');
	});

	it('opens a story by an event of it, plain or as st-<event id>', async () => {
		const [deal] = (await api.stories({ from: '2014-05-21', to: '2014-05-21', q: 'gazprom' })).stories;
		const detail = await api.story(deal.id);
		const other = detail.mentions.find((m) => `st-${m.id}` !== deal.id)!;
		expect((await api.story(other.id)).id).toBe(deal.id);
		expect((await api.story(`st-${other.id}`)).id).toBe(deal.id);
		await expectError(api.story('st-nothing'), 404, /no story/);
		await expectError(api.story('x'.repeat(5000)), 404);
	});

	it('finds stories by number, and refuses hostile lists of numbers', async () => {
		const { stories } = await api.stories();
		const seqs = stories.map((s) => s.seq).reverse();
		expect((await api.storiesBySeq(seqs)).map((s) => s.seq)).toEqual(seqs);
		expect(await api.storiesBySeq([999_999])).toEqual([]);
		for (const bad of ['', '1,,2', '-1', '1;DROP TABLE stories', '1'.repeat(11), Array.from({ length: 501 }, (_, i) => i).join(',')]) {
			const response = await fetch(`/api/stories?seq=${encodeURIComponent(bad)}`);
			expect(response.status, bad.slice(0, 20)).toBe(400);
			expect(await response.json()).toEqual({ error: expect.stringContaining('seq') });
		}
	});

	it('pages stories by filter, precise ones before those far coarser than the window', async () => {
		const review = await api.saveArticle({
			title: 'China looks back on its economy',
			published: '2015-01-20',
			source: 'Year Review',
			text: 'China’s economy grew 7.4 percent in 2014, the slowest pace in 24 years, Beijing said on Tuesday.'
		});
		expect(review.events.map((e) => e.date.value)).toContain('2014');
		const window = await api.stories({ from: '2014-05-10', to: '2014-05-31', countries: ['CN'] });
		const values = window.stories.map((s) => s.date.value);
		expect(values.at(-1)).toBe('2014');
		expect(values.indexOf('2014-05-21')).toBeLessThan(values.indexOf('2014'));
		expect(window.total).toBe(window.stories.length);
		const all = await api.stories({ countries: ['KP', 'RU'], mode: 'all' });
		expect(all.total).toBe(0);
		const paged = await api.stories({}, { offset: 1, limit: 1 });
		expect(paged).toMatchObject({ offset: 1, limit: 1 });
		expect(paged.stories).toHaveLength(1);
		const bad = await fetch('/api/stories?from=2014-13-01');
		expect(bad.status).toBe(400);
		expect((await bad.json()).error).toMatch(/from/);
	});

	it('searches stories by the words of their mentions', async () => {
		const seqs = await api.searchStories('east sea');
		expect((await api.storiesBySeq(seqs)).map((s) => s.date.value)).toEqual(['2016-01-06', '2016-02-10']);
		expect(await api.searchStories('no such words anywhere')).toEqual([]);
		expect((await fetch('/api/stories/search?q=')).status).toBe(400);
	});

	it('serves the story index: one row per story weighed by outlets, or per article telling it', async () => {
		const { stories, total } = await api.stories({}, { limit: 500 });
		const index = decodeIndex(await api.storyIndex());
		expect(new DataView(await api.storyIndex()).getUint32(0, true)).toBe(0x33584c44); // "DLX3"
		expect(index.count).toBe(total);
		const bySeq = new Map(stories.map((s) => [s.seq, s]));
		for (let i = 0; i < index.count; i++) expect(index.weight![i]).toBe(bySeq.get(index.seq[i])!.outlets);
		const coverage = decodeIndex(await api.storyIndex('articles'));
		expect(coverage.count).toBe(stories.reduce((n, s) => n + s.articles, 0));
		expect([...coverage.weight!].every((w) => w === 1)).toBe(true);
		expect(coverage.count).toBeGreaterThan(index.count);
	});

	it('caches the story index by version and unit', async () => {
		const first = await fetch('/api/stories/index', { headers: { 'accept-encoding': 'gzip' } });
		const etag = first.headers.get('etag')!;
		expect(first.headers.get('content-encoding')).toBe('gzip');
		expect((await fetch('/api/stories/index', { headers: { 'if-none-match': etag } })).status).toBe(304);
		const articles = await fetch('/api/stories/index?count=articles');
		expect(articles.headers.get('etag')).not.toBe(etag);
		expect((await fetch('/api/stories/index?count=outlets')).status).toBe(400);
	});
});

describe('a draft’s preview and readers’ corrections over the real route handlers', () => {
	it('says which story each event of a draft would join, and stores nothing', async () => {
		const before = await api.stories({}, { limit: 500 });
		const preview = await api.previewStories({
			published: '2014-05-23',
			source: 'Preview Daily',
			text: 'Analysts in Moscow said on Friday that Gazprom sold its gas to China National Petroleum Corp cheaply in the $400 billion contract signed in Shanghai on Wednesday.'
		});
		const [deal] = (await api.stories({ from: '2014-05-21', to: '2014-05-21', q: 'gazprom' })).stories;
		expect(preview.events.map((e) => e.joins?.id ?? null)).toContain(deal.id);
		const alone = await api.previewStories({ published: '2020-01-01', text: 'Iceland’s parliament met in Reykjavik on Tuesday to discuss fisheries.' });
		expect(alone.events.length).toBeGreaterThan(0);
		expect(alone.events.every((e) => e.joins === null)).toBe(true);
		const after = await api.stories({}, { limit: 500 });
		expect(after).toEqual(before);
	});

	it('validates a draft as saving one does', async () => {
		await expectError(api.previewStories({ published: '2014-02-30', text: 'x' }), 400, /published/);
		await expectError(api.previewStories({ published: '2014-05-01', text: ' ' }), 400, /text: is empty/);
		const huge = await fetch('/api/stories/preview', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ published: '2014-05-01', text: 'word '.repeat(200_000) })
		});
		expect(huge.status).toBe(413);
		expect((await huge.json()).error).toMatch(/larger than/);
	});

	it('splits a mention out, merges it back, and says which story to show', async () => {
		const [deal] = (await api.stories({ from: '2014-05-21', to: '2014-05-21', q: 'gazprom' })).stories;
		const reuters = (await api.story(deal.id)).mentions.find((m) => m.article.source === 'Reuters')!;
		const split = await api.correctStories({ op: 'split', event: reuters.id });
		expect(split).not.toBe(deal.id);
		expect(await api.story(split)).toMatchObject({ articles: 1, human: true });
		expect((await api.story(deal.id)).articles).toBe(deal.articles - 1);
		expect(await api.correctStories({ op: 'merge', story: split, into: deal.id })).toBe(deal.id);
		const merged = await api.story(split);
		expect(merged).toMatchObject({ id: deal.id, articles: deal.articles, human: true });
		expect(merged.aliases).toContain(split);
	});

	it('refuses corrections of unknown ids and malformed ones', async () => {
		const [story] = (await api.stories()).stories;
		await expectError(api.correctStories({ op: 'split', event: 'no-such-event' }), 400, /no event/);
		await expectError(api.correctStories({ op: 'move', event: 'no-such-event', to: story.id }), 400, /no event/);
		await expectError(api.correctStories({ op: 'merge', story: 'st-nope', into: story.id }), 400, /no story/);
		for (const body of ['{"op":"join","story":"a","into":"b"}', '{"op":"split"}', '[]', 'not json', JSON.stringify({ op: 'split', event: 'x'.repeat(201) })]) {
			const response = await fetch('/api/stories/corrections', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
			expect(response.status, body.slice(0, 30)).toBe(400);
			expect(await response.json()).toEqual({ error: expect.any(String) });
		}
	});
});

describe('exports with stories', () => {
	it('name each event’s story, and list those stories with all their events', async () => {
		const [deal] = (await api.stories({ from: '2014-05-21', to: '2014-05-21', q: 'gazprom' })).stories;
		const json = await (await fetch('/api/export/json?from=2014-05-21&to=2014-05-21&c=RU')).json();
		expect(json.events.length).toBeGreaterThan(1);
		for (const e of json.events) expect(e.story).toBe(deal.id);
		expect(json.stories).toHaveLength(1);
		expect(json.stories[0]).toMatchObject({ id: deal.id, articles: deal.articles, outlets: deal.outlets });
		expect(json.stories[0].events.sort()).toEqual((await api.story(deal.id)).mentions.map((m) => m.id).sort());
		const csv = (await (await fetch('/api/export/csv?from=2014-05-21&to=2014-05-21&c=RU')).text()).trim().split('\n');
		expect(csv[0].split(',').at(-1)).toBe('story');
		expect(csv.slice(1).map((line) => line.split(',').at(-1))).toEqual(json.events.map(() => deal.id));
	});
});
