import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '$lib/domain/types';
import { ApiError, isAbort, isNotFound } from './client';
import { localApi } from './test-server';

const { api, dispose } = localApi();
afterAll(dispose);

const gasDeal: ArticleDraft = {
	title: 'Russia and China sign gas deal',
	published: '2014-05-22',
	source: 'Test Wire',
	url: 'https://example.org/gas-deal',
	text: 'Russia and China on Wednesday signed a 30-year agreement under which Gazprom will supply gas to China. In March the two sides had failed to agree on a price.'
};
const software: ArticleDraft = {
	title: 'Kremlin widens software trade',
	published: '2014-08-18',
	url: 'https://example.org/software',
	text: 'Russia agreed on Monday to broaden software deliveries to China. In July Beijing opened an inquiry into Microsoft.'
};

let gasId: string;
beforeAll(async () => {
	const saved = await api.saveArticle(gasDeal);
	expect(saved.outcome).toBe('new');
	gasId = saved.id;
	await api.saveArticle(software);
});

describe('ApiClient over the real route handlers', () => {
	it('stores an article once and answers with its events', async () => {
		const again = await api.saveArticle(gasDeal);
		expect(again).toMatchObject({ id: gasId, outcome: 'unchanged' });
		expect(again.events.map((e) => e.date.value)).toEqual(['2014-05-21', '2014-03']);
		expect(await api.hasArticle(gasId)).toBe(true);
		expect(await api.hasArticle('no-such-article')).toBe(false);
	});

	it('pages events by filter, with the page address’s parameters', async () => {
		const may = await api.events({ from: '2014-05-01', to: '2014-05-31', countries: ['RU', 'CN'], mode: 'all' });
		expect(may.total).toBe(1);
		expect(may.events[0].summary).toContain('Gazprom');
		const words = await api.events({ q: 'Microsoft' }, { limit: 1 });
		expect(words).toMatchObject({ total: 1, limit: 1, offset: 0 });
	});

	it('finds events by number, by id, and by words', async () => {
		const { events } = await api.events();
		const [first] = await api.eventsBySeq([events[0].seq]);
		expect(first.id).toBe(events[0].id);
		expect((await api.event(first.id)).seq).toBe(first.seq);
		const seqs = await api.search('gazprom');
		expect(seqs).toHaveLength(1);
		expect((await api.eventsBySeq(seqs))[0].article.id).toBe(gasId);
	});

	it('loads the binary index', async () => {
		const bytes = new DataView(await api.index());
		expect(bytes.getUint32(0, true)).toBe(0x32584c44); // "DLX2"
	});

	it('stores corrections and answers with the corrected events', async () => {
		const article = await api.article(gasId);
		const march = article.events.find((e) => e.date.value === '2014-03')!;
		const events = await api.correct(gasId, [{ kind: 'edit', eventId: march.id, countries: ['CN'] }]);
		expect(events.find((e) => e.id === march.id)).toMatchObject({ countries: ['CN'], human: true });
		expect((await api.article(gasId)).corrections).toHaveLength(1);
	});

	it('rejects with the server’s own message and status', async () => {
		const refused = api.events({ from: '2014-09-01', to: '2014-05-01' });
		await expect(refused).rejects.toThrow(new ApiError(400, 'from: `from` must not be after `to`'));
		const missing = await api.event('doesnotexist').catch((error: unknown) => error);
		expect(isNotFound(missing)).toBe(true);
		expect((missing as ApiError).message).toBe('no event with id "doesnotexist"');
		await expect(api.saveArticle({ ...gasDeal, published: '2014-02-30' })).rejects.toThrow(/published: must be a real calendar day/);
	});

	it('gives up a request whose signal aborts', async () => {
		const controller = new AbortController();
		const asked = api.search('gas', { signal: controller.signal });
		controller.abort();
		expect(isAbort(await asked.catch((error: unknown) => error))).toBe(true);
	});

	it('deletes an article', async () => {
		const { id } = await api.saveArticle({ ...software, url: 'https://example.org/to-delete' });
		await api.deleteArticle(id);
		expect(await api.hasArticle(id)).toBe(false);
		await expect(api.deleteArticle(id)).rejects.toSatisfy(isNotFound);
	});

	it('writes export addresses with the filter', () => {
		expect(api.exportUrl('csv', { countries: ['RU', 'CN'], from: '2014-01-01' })).toBe('/api/export/csv?from=2014-01-01&c=RU,CN');
		expect(api.exportUrl('geojson')).toBe('/api/export/geojson');
	});
});
