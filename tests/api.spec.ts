import { expect, test } from '@playwright/test';
import { articleId } from '../src/lib/domain/ids';

// Each test posts articles of its own (unique URLs), so tests can run in parallel on one database.
const unique = () => `https://example.org/${Date.now()}-${Math.random().toString(36).slice(2)}`;
const article = (url = unique()) => ({
	title: 'Russia and China sign gas deal',
	published: '2014-05-22',
	source: 'Test Wire',
	url,
	text: 'Russia and China on Wednesday signed a 30-year agreement under which Gazprom will supply gas to China. In March the two sides had failed to agree on a price.'
});

test('POST an article returns its events; the same article again changes nothing; DELETE removes it', async ({ request }) => {
	const body = article();
	const created = await request.post('/api/articles', { data: body });
	expect(created.status()).toBe(201);
	const { id, outcome, events } = await created.json();
	expect(outcome).toBe('new');
	expect(events.length).toBeGreaterThan(0);
	expect(events[0].article.url).toBe(body.url);

	const again = await request.post('/api/articles', { data: body });
	expect(again.status()).toBe(200);
	expect((await again.json()).outcome).toBe('unchanged');

	const fetched = await request.get(`/api/articles/${id}`);
	const stored = await fetched.json();
	expect(stored.text).toBe(body.text);
	expect(stored.places.map((p: { country: string }) => p.country)).toEqual(expect.arrayContaining(['RU', 'CN']));

	const eventId = events[0].id;
	expect((await request.get(`/api/events/${eventId}`)).status()).toBe(200);
	expect((await request.delete(`/api/articles/${id}`)).status()).toBe(204);
	expect((await request.get(`/api/articles/${id}`)).status()).toBe(404);
	expect((await request.get(`/api/events/${eventId}`)).status()).toBe(404);
});

test('plain text with a publication date is accepted', async ({ request }) => {
	const response = await request.post(`/api/articles?published=2014-08-18&url=${encodeURIComponent(unique())}`, {
		headers: { 'content-type': 'text/plain' },
		data: 'Kremlin widens software trade\n\nRussia agreed on Monday to broaden software deliveries to China.'
	});
	expect(response.status()).toBe(201);
	const { id } = await response.json();
	const stored = await (await request.get(`/api/articles/${id}`)).json();
	expect(stored.title).toBe('Kremlin widens software trade');
	await request.delete(`/api/articles/${id}`);
});

test('an article known only to its month is stored and listed with that month', async ({ request }) => {
	const word = `monthonly${Math.random().toString(36).slice(2, 8)}`;
	const body = { ...article(), title: `Gas talks ${word}`, published: '2016-03', text: 'Russia and China signed a gas deal in Beijing last year. Officials in Moscow met on Monday.' };
	const created = await request.post('/api/articles', { data: body });
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	expect((await (await request.get(`/api/articles/${id}`)).json()).published).toBe('2016-03');
	const listed = (await (await request.get(`/api/events?q=${word}&limit=10`)).json()) as { events: { date: { value: string }; article: { published: string } }[] };
	expect(listed.events.map((e) => [e.date.value, e.article.published])).toEqual([['2015', '2016-03']]);
	await request.delete(`/api/articles/${id}`);
});

test('bad input gets a clear 4xx and stores nothing', async ({ request }) => {
	const cases: [string, Parameters<typeof request.post>[1], number, RegExp][] = [
		['invalid JSON', { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"title": ') }, 400, /invalid JSON/],
		['impossible date', { data: { ...article(), published: '2014-02-30' } }, 400, /published: must be a real calendar day/],
		['missing date', { data: { ...article(), published: undefined } }, 400, /published/],
		['empty text', { data: { ...article(), text: '   ' } }, 400, /text: is empty/],
		['binary', { data: { ...article(), text: 'PK\u0003\u0004\u0000\u0000\u0001\u0002binary' } }, 400, /binary/],
		['oversized', { data: { ...article(), text: 'x'.repeat(1_100_000) } }, 413, /larger than/],
		['wrong type', { headers: { 'content-type': 'image/png' }, data: Buffer.from('xx') }, 415, /application\/json or text\/plain/]
	];
	for (const [name, options, status, message] of cases) {
		const response = await request.post('/api/articles', options);
		expect(response.status(), name).toBe(status);
		expect((await response.json()).error, name).toMatch(message);
		// Nothing stored under the article's own id (other tests store articles meanwhile, so totals would race).
		const sent = options?.data as { url?: string; text?: string } | undefined;
		if (sent?.url) expect((await request.get(`/api/articles/${articleId(sent.url, sent.text ?? '')}`)).status(), name).toBe(404);
	}
});

test('filters are validated; hostile values are rejected, not executed', async ({ request }) => {
	for (const [query, message] of [
		['from=2014-02-30', /from: must be a real calendar day/],
		['from=2014-09-01&to=2014-05-01', /must not be after/],
		['c=ZZ', /ISO 3166-1 alpha-2/],
		["c=RU');DROP TABLE events;--", /ISO 3166-1 alpha-2/],
		['mode=some', /mode/],
		['limit=100000', /limit/]
	] as const) {
		const response = await request.get(`/api/events?${query}`);
		expect(response.status(), query).toBe(400);
		expect((await response.json()).error, query).toMatch(message);
	}
	const sqlText = await request.get(`/api/events?q=${encodeURIComponent("'; DROP TABLE events; --")}`);
	expect(sqlText.status()).toBe(200);
	expect((await sqlText.json()).total).toBe(0);
	expect((await request.get('/api/events/does-not-exist')).status()).toBe(404);
	expect((await request.get('/api/articles/does-not-exist')).status()).toBe(404);
	expect((await request.delete('/api/articles/does-not-exist')).status()).toBe(404);
});

test('events are filtered by window, countries (all or any) and words', async ({ request }) => {
	const get = async (query: string) => (await (await request.get(`/api/events?${query}&limit=500`)).json()) as {
		total: number;
		events: { first: string; last: string; countries: string[]; summary: string }[];
	};
	const window = await get('from=2014-05-01&to=2014-08-31');
	expect(window.total).toBeGreaterThan(0);
	for (const e of window.events) expect(e.last >= '2014-05-01' && e.first <= '2014-08-31').toBe(true);

	const all = await get('c=RU,CN&mode=all');
	// The bundled articles hold events involving both, so the check below runs over some.
	expect(all.events.length).toBeGreaterThan(0);
	for (const e of all.events) expect(e.countries).toEqual(expect.arrayContaining(['RU', 'CN']));
	const any = await get('c=RU,CN&mode=any');
	for (const e of any.events) expect(e.countries.some((c) => c === 'RU' || c === 'CN')).toBe(true);
	expect(any.total).toBeGreaterThan(all.total);
});

test('the event index is compact binary, cached by the dataset version', async ({ request }) => {
	const response = await request.get('/api/index');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('application/octet-stream');
	const etag = response.headers()['etag'];
	expect(etag).toMatch(/^"\d+"$/);
	const bytes = await response.body();
	expect(bytes.readUInt32LE(0)).toBe(0x32584c44); // "DLX2"
	// Other tests write at the same time, which changes the version between two requests now and then:
	// asked again with the version it just gave, the server answers 304 once nothing was written in between.
	await expect
		.poll(async () => {
			const current = (await request.get('/api/index')).headers()['etag'];
			return (await request.get('/api/index', { headers: { 'if-none-match': current } })).status();
		})
		.toBe(304);
	// A version that is not the current one gets the index.
	expect((await request.get('/api/index', { headers: { 'if-none-match': '"0"' } })).status()).toBe(200);
});

test('the bundled articles tell MH17 as one story, opened by its id or any of its events', async ({ request }) => {
	// 17 July 2014, which no other test writes to.
	const { stories } = await (await request.get('/api/stories?from=2014-07-17&to=2014-07-17&c=MY')).json();
	const mh17 = stories.find((s: { date: { value: string } }) => s.date.value === '2014-07-17');
	// Eight: the ABC's anniversary piece joins it since 'a year to the day after the jet was shot down' is read as that day (extractor 8).
	expect(mh17).toMatchObject({ articles: 8, outlets: 6, countries: expect.arrayContaining(['UA', 'MY']) });
	const detail = await (await request.get(`/api/stories/${mh17.id}`)).json();
	expect(new Set(detail.mentions.map((m: { article: { id: string } }) => m.article.id)).size).toBe(8);
	const byEvent = await (await request.get(`/api/stories/${detail.mentions.at(-1).id}`)).json();
	expect(byEvent.id).toBe(mh17.id);
	expect((await request.get('/api/stories/st-no-such-story')).status()).toBe(404);
	const index = await request.get('/api/stories/index');
	expect((await index.body()).readUInt32LE(0)).toBe(0x33584c44); // "DLX3"
});

test('exports the filtered events as CSV, JSON and GeoJSON', async ({ request }) => {
	// 2013, which no other test writes to, so the counts hold while tests run in parallel.
	const filter = 'c=RU&from=2013-01-01&to=2013-12-31';
	const csv = await request.get(`/api/export/csv?${filter}`);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const lines = (await csv.text()).trim().split('\n');
	expect(lines[0]).toBe('id,date,granularity,first_day,last_day,countries,summary,confidence,article_title,source,url,published,sentence,story');
	expect(lines.length).toBeGreaterThan(1);

	const json = await (await request.get(`/api/export/json?${filter}`)).json();
	expect(json.count).toBeGreaterThan(0);
	for (const e of json.events) expect(e.countries).toContain('RU');
	// Each event's story is among the stories, which list it among their events.
	const stories = new Map(json.stories.map((s: { id: string; events: string[] }) => [s.id, s.events]));
	for (const e of json.events) expect(stories.get(e.story)).toContain(e.id);

	const geo = await (await request.get(`/api/export/geojson?${filter}`)).json();
	expect(geo.type).toBe('FeatureCollection');
	const russia = geo.features.find((f: { id: string }) => f.id === 'RU');
	expect(russia.properties.count).toBe(json.count);
	expect(russia.geometry.type).toBe('MultiPolygon');
	expect((await request.get('/api/export/xml')).status()).toBe(404);
});

test('concurrent writes while reading all succeed', async ({ request }) => {
	const bodies = Array.from({ length: 8 }, () => article());
	const [writes, reads] = await Promise.all([
		Promise.all(bodies.map((data) => request.post('/api/articles', { data }))),
		Promise.all(Array.from({ length: 8 }, () => request.get('/api/events?c=RU&limit=50')))
	]);
	for (const w of writes) expect(w.status()).toBe(201);
	for (const r of reads) expect(r.status()).toBe(200);
	for (const w of writes) expect((await request.delete(`/api/articles/${(await w.json()).id}`)).status()).toBe(204);
});
