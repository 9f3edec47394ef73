import { afterAll, describe, expect, it } from 'vitest';
import { localApi } from '$lib/api/test-server';
import { articleId } from '$lib/domain/ids';
import { ArticleSaver } from './article-saver.svelte';

const { api, dispose } = localApi();
afterAll(dispose);

const draft = {
	title: 'Kremlin widens software trade',
	published: '2014-08-18',
	url: 'https://example.org/software',
	text: 'Russia agreed on Monday to broaden software deliveries to China. In July Beijing opened an inquiry into Microsoft.'
};
const id = articleId(draft.url, draft.text);

describe('ArticleSaver', () => {
	it('stores a new article and opens the main view on its events', async () => {
		const saver = new ArticleSaver(api);
		expect(await saver.save(id, draft, [])).toBe('/?from=2014-07-01&to=2014-08-18');
		expect(saver.status).toBe('');
		expect(await api.hasArticle(id)).toBe(true);
	});

	it('does not replace a stored article unless told to', async () => {
		const saver = new ArticleSaver(api);
		const edited = { ...draft, title: 'Kremlin widens software trade with China' };
		expect(await saver.save(id, edited, [])).toBeNull();
		expect(saver).toMatchObject({ present: true, status: 'This article is already stored.', saving: false });
		expect((await api.article(id)).title).toBe(draft.title);
		expect(await saver.save(id, edited, [], true)).toBe('/?from=2014-07-01&to=2014-08-18');
		expect((await api.article(id)).title).toBe(edited.title);
		saver.reset();
		expect(saver).toMatchObject({ present: false, status: '' });
	});

	it('says why the server refused it', async () => {
		const saver = new ArticleSaver(api);
		const impossible = { ...draft, url: 'https://example.org/impossible', published: '2014-02-30' };
		expect(await saver.save(articleId(impossible.url, impossible.text), impossible, [])).toBeNull();
		expect(saver.status).toMatch(/^Not saved: published: must be a real calendar day/);
	});
});
