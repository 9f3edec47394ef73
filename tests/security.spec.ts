import { expect, type Page, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleId } from '../src/lib/domain/ids';
import { MAX_TEXT } from '../src/lib/articles/draft';
import { MAX_EVENTS } from '../src/lib/extract';
import { BuiltServer, rawRequest } from './security-server';

// Probes as an attacker would send them, against the shared server (no token: only this machine writes)
// and against servers of these tests' own: with a write token, and reached from an address that is not loopback.

const unique = () => `https://example.org/security/${Date.now()}-${Math.random().toString(36).slice(2)}`;
const article = (url = unique()) => ({
	title: 'Russia and China sign gas deal',
	published: '2014-05-22',
	source: 'Test Wire',
	url,
	text: 'Russia and China on Wednesday signed a 30-year agreement under which Gazprom will supply gas to China.'
});
const idOf = (a: { url: string; text: string }) => articleId(a.url, a.text);

/** /add's cards of the draft's events. */
const draftCards = (page: Page) => page.getByRole('list', { name: 'Events this article would create' }).locator('li');
async function fillDraft(page: Page, draft: { title: string; published: string; text: string }): Promise<void> {
	await page.getByLabel('Title', { exact: true }).fill(draft.title);
	await page.getByLabel('Published').fill(draft.published);
	await page.getByLabel('Text', { exact: true }).fill(draft.text);
}

/** A page on another origin (127.0.0.2, another site to the browser) that the test writes for each attack. */
async function attackerSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(html));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
	const { port } = server.address() as { port: number };
	return { url: `http://127.0.0.2:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * What the attacker's page tries against `target`: auto-submitting forms (plain text, as the issue's attack
 * did, and url-encoded) into hidden frames, a `no-cors` fetch of plain text, and fetches that need CORS
 * (JSON, DELETE). It sets `document.title` to "done" once each has been answered or refused.
 */
function attackPage(target: string, created: { url: string; text: string }, replaced: { url: string }) {
	const post = (query: string) => `${target}/api/articles?published=2014-08-18&url=${encodeURIComponent(query)}`;
	return `<!doctype html><title>attack</title>
<iframe name="a"></iframe><iframe name="b"></iframe>
<form id="plain" method="POST" enctype="text/plain" target="a" action="${post(created.url)}"><input name="Russia signed" value="${created.text}"></form>
<form id="encoded" method="POST" target="b" action="${post(replaced.url)}"><input name="text" value="Replaced by an attacker"></form>
<script>
	const frames = [...document.querySelectorAll('iframe')].map((f) => new Promise((r) => f.addEventListener('load', r, { once: true })));
	document.getElementById('plain').submit();
	document.getElementById('encoded').submit();
	const settle = (p) => p.then(() => 'answered', () => 'refused');
	Promise.all([
		...frames,
		settle(fetch(${JSON.stringify(post(replaced.url))}, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: 'Replaced by fetch' })),
		settle(fetch(${JSON.stringify(`${target}/api/articles`)}, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x', published: '2014-08-18', url: ${JSON.stringify(created.url)}, text: 'Replaced by JSON' }) })),
		settle(fetch(${JSON.stringify(`${target}/api/articles/${idOf({ url: replaced.url, text: '' })}`)}, { method: 'DELETE', credentials: 'include' }))
	]).then(() => (document.title = 'done'));
</script>`;
}

/** Runs the attack page in the browser; returns the statuses the target answered to its writes. */
async function attack(page: Page, target: string, created: { url: string; text: string }, replaced: { url: string }) {
	const site = await attackerSite(attackPage(target, created, replaced));
	const answers: string[] = [];
	page.on('response', (r) => {
		if (r.url().startsWith(target) && r.request().method() !== 'GET') answers.push(`${r.request().method()} ${r.status()}`);
	});
	try {
		await page.goto(site.url);
		await expect(page).toHaveTitle('done', { timeout: 15_000 });
	} finally {
		await site.close();
	}
	return answers;
}

test.describe('the shared server, which has no token: only this machine writes', () => {
	test('a Host that is neither loopback nor the configured origin is refused, reads and writes alike', async ({ baseURL }) => {
		const stored = await rawRequest(`${baseURL}/api/events?limit=1`, {});
		const victim = (JSON.parse(stored.body) as { events: { article: { id: string } }[] }).events[0].article.id;
		for (const [method, path] of [
			['GET', '/'],
			['GET', '/api/events'],
			['DELETE', `/api/articles/${victim}`]
		]) {
			const answer = await rawRequest(`${baseURL}${path}`, { method, headers: { host: 'rebind.attacker.example' } });
			expect(answer.status, `${method} ${path}`).toBe(421);
			if (path.startsWith('/api')) expect(JSON.parse(answer.body).error).toMatch(/does not answer to the host "rebind.attacker.example"/);
		}
		expect((await rawRequest(`${baseURL}/api/articles/${victim}`, {})).status).toBe(200);
		for (const host of ['localhost', '127.0.0.1', '[::1]'].map((name) => `${name}:${new URL(baseURL!).port}`))
			expect((await rawRequest(`${baseURL}/api/events?limit=1`, { headers: { host } })).status, host).toBe(200);
	});

	test('writes that a browser marks as cross-site are refused, whatever the content type', async ({ request, baseURL }) => {
		const victim = article();
		expect((await request.post('/api/articles', { data: victim })).status()).toBe(201);
		const attempts: [string, Record<string, string>, string, string][] = [
			['json from another origin', { origin: 'http://evil.example', 'content-type': 'application/json' }, JSON.stringify(article()), 'POST'],
			['text from another port', { origin: 'http://localhost:1', 'content-type': 'text/plain' }, 'Russia signed.', 'POST'],
			['opaque origin', { origin: 'null', 'content-type': 'text/plain' }, 'Russia signed.', 'POST'],
			['cross-site fetch metadata', { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, JSON.stringify(article()), 'POST'],
			['same-site fetch metadata', { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }, JSON.stringify(article()), 'POST']
		];
		for (const [name, headers, body, method] of attempts) {
			const response = await request.fetch(`/api/articles?published=2014-08-18&url=${encodeURIComponent(victim.url)}`, { method, headers, data: body });
			expect(response.status(), name).toBe(403);
			expect((await response.json()).error, name).toMatch(/cannot change anything here/);
		}
		const deleted = await request.delete(`/api/articles/${idOf(victim)}`, { headers: { origin: 'http://evil.example' } });
		expect(deleted.status()).toBe(403);
		const stored = await (await request.get(`/api/articles/${idOf(victim)}`)).json();
		expect(stored.text).toBe(victim.text);
		// The page's own requests (same origin, as the browser marks them) still write.
		const own = await request.delete(`/api/articles/${idOf(victim)}`, { headers: { origin: baseURL!, 'sec-fetch-site': 'same-origin' } });
		expect(own.status()).toBe(204);
	});

	test('a page on another site cannot create, replace or delete articles with forms or fetch', async ({ page, request, baseURL }) => {
		const existing = article();
		expect((await request.post('/api/articles', { data: existing })).status()).toBe(201);
		const created = { url: unique(), text: 'Russia signed' };
		const answers = await attack(page, baseURL!, created, existing);
		// Both forms and the no-cors fetch reached the server and were refused; the JSON post and the DELETE
		// need a CORS preflight that the server does not grant, so the browser never sent them.
		expect(answers.filter((a) => a.startsWith('POST')).sort()).toEqual(['POST 403', 'POST 403', 'POST 403']);
		expect(answers.filter((a) => a.startsWith('DELETE'))).toEqual([]);
		const stored = await (await request.get(`/api/articles/${idOf(existing)}`)).json();
		expect(stored.text).toBe(existing.text);
		expect((await request.get(`/api/articles/${idOf(created)}`)).status()).toBe(404);
		await request.delete(`/api/articles/${idOf(existing)}`);
	});

	test('control characters in titles and sources, and bad dates, get a 400 and store nothing', async ({ request }) => {
		const cases: [string, Record<string, string>, RegExp][] = [
			['NUL in the title', { title: 'Gas deal\u0000' }, /title: must not hold control characters/],
			['ANSI escape in the title', { title: '\u001b[31mGas deal\u001b[0m' }, /title: must not hold control characters/],
			['ANSI escape in the source', { source: 'Wire\u001b[2J' }, /source: must not hold control characters/],
			['C1 control in the source', { source: 'Wire\u009b' }, /source: must not hold control characters/],
			['trailing garbage', { published: '2014-08-18garbage' }, /published: must be a real calendar day/],
			['impossible month', { published: '9999-99-99' }, /published: must be a real calendar day/],
			['impossible day', { published: '2014-02-30' }, /published: must be a real calendar day/]
		];
		for (const [name, fields, message] of cases) {
			const sent = { ...article(), ...fields };
			const response = await request.post('/api/articles', { data: sent });
			expect(response.status(), name).toBe(400);
			expect((await response.json()).error, name).toMatch(message);
			expect((await request.get(`/api/articles/${idOf(sent)}`)).status(), name).toBe(404);
		}
		const plain = await request.post(`/api/articles?published=2014-08-18garbage&url=${encodeURIComponent(unique())}`, {
			headers: { 'content-type': 'text/plain' },
			data: 'Gas deal\n\nRussia signed.'
		});
		expect(plain.status()).toBe(400);
		// A time of day after the date is still read, and dropped; line breaks in a title become spaces.
		const timed = { ...article(), title: 'Gas\tdeal\nsigned', published: '2014-08-18T10:15:00+02:00' };
		const ok = await request.post('/api/articles', { data: timed });
		expect(ok.status()).toBe(201);
		const stored = await (await request.get(`/api/articles/${idOf(timed)}`)).json();
		expect([stored.title, stored.published]).toEqual(['Gas deal signed', '2014-08-18']);
		await request.delete(`/api/articles/${idOf(timed)}`);
	});

	test('a long repetitive article is read in linear time and keeps at most the documented number of events', async ({ request }) => {
		// One dated sentence over and over, just under the longest text accepted: it once took minutes and made thousands of events.
		const sentence = 'Russia and China signed a gas deal in May 2014. ';
		const sent = { ...article(), text: sentence.repeat(Math.floor(MAX_TEXT / sentence.length)) };
		const response = await request.post('/api/articles', { data: sent });
		expect(response.status()).toBe(201);
		const body = await response.json();
		expect(body.events).toHaveLength(MAX_EVENTS);
		expect(body.capped).toBe(true);
		expect(body.notice).toContain(`first ${MAX_EVENTS} events`);
		await request.delete(`/api/articles/${idOf(sent)}`);
	});

	test('corrections that would not validate on POST get a 400 and the event stays', async ({ request }) => {
		const sent = article();
		const { id, events } = await (await request.post('/api/articles', { data: sent })).json();
		const event = events[0];
		for (const value of ['garbage', '9999-99-99', 'P1Y', '2014-02-30', '2014-13', '2014-W60']) {
			const response = await request.put(`/api/articles/${id}/corrections`, { data: [{ kind: 'edit', eventId: event.id, date: { value, granularity: 'day' } }] });
			expect(response.status(), value).toBe(400);
			expect((await response.json()).error, value).toMatch(/date.value: must be a date Dateline can place/);
		}
		const backwards = { kind: 'add', event: { ...event, id: 'zz1', start: 20, end: 10 } };
		expect((await request.put(`/api/articles/${id}/corrections`, { data: [backwards] })).status()).toBe(400);
		const after = await (await request.get(`/api/events/${event.id}`)).json();
		expect(after.date).toEqual(event.date);
		const good = await request.put(`/api/articles/${id}/corrections`, { data: [{ kind: 'edit', eventId: event.id, date: { value: '2014-05', granularity: 'month' } }] });
		expect(good.status()).toBe(200);
		expect((await (await request.get(`/api/events/${event.id}`)).json()).first).toBe('2014-05-01');
		await request.delete(`/api/articles/${id}`);
	});

	test('export formats are looked up among the formats only, never on the object prototype', async ({ request }) => {
		for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'xml']) {
			const response = await request.get(`/api/export/${name}`);
			expect(response.status(), name).toBe(404);
			expect(response.headers()['content-type'], name).toBe('application/json');
			expect((await response.json()).error, name).toMatch(/unknown export format; use csv, json, geojson/);
		}
	});

	test('cells a spreadsheet would run as formulas are exported with a leading quote', async ({ request }) => {
		const word = `formula${Date.now()}`;
		const sent = { ...article(), title: `=HYPERLINK("http://evil.example","${word}")`, source: '@SUM(1+1)' };
		const { id, events } = await (await request.post('/api/articles', { data: sent })).json();
		await request.put(`/api/articles/${id}/corrections`, { data: [{ kind: 'edit', eventId: events[0].id, summary: '+1-2' }] });
		const csv = await (await request.get(`/api/export/csv?q=${word}`)).text();
		const rows = csv.trim().split('\n');
		expect(rows).toHaveLength(2);
		expect(rows[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""${word}"")"`);
		expect(rows[1]).toContain(",'@SUM(1+1),");
		expect(rows[1]).toContain(",'+1-2,");
		// No cell starts with a formula character unquoted.
		expect(rows[1].split(',').filter((cell) => /^[=+@\t\r-]/.test(cell))).toEqual([]);
		await request.delete(`/api/articles/${id}`);
	});

	test('bodies over the limit get one 413 with the documented error, with or without a length', async ({ baseURL }) => {
		const big = JSON.stringify({ ...article(), text: 'Russia signed. '.repeat(40_000) }); // 600 KB: over 512 KiB
		const url = `${baseURL}/api/articles`;
		for (const [name, answer] of [
			['with its length', await rawRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(big.length) }, body: big })],
			['chunked', await rawRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big.match(/.{1,65536}/gs)! })],
			['corrections', await rawRequest(`${url}/x/corrections`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: big.match(/.{1,65536}/gs)! })]
		] as const) {
			expect(answer.status, name).toBe(413);
			expect(JSON.parse(answer.body), name).toEqual({ error: 'the body is larger than 524,288 bytes (BODY_SIZE_LIMIT)' });
		}
	});

	test('pages and API answers carry the security headers', async ({ request }) => {
		for (const path of ['/', '/add', '/?c=RU', '/api/events?limit=1', '/api/export/csv?c=RU', '/api/export/nothing', '/no-such-page']) {
			const headers = (await request.get(path)).headers();
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['x-frame-options'], path).toBe('DENY');
			expect(headers['referrer-policy'], path).toBe('same-origin');
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		}
		const page = (await request.get('/')).headers()['content-security-policy'];
		expect(page).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(page).toContain("default-src 'self'");
		expect((await request.get('/api/events?limit=1')).headers()['content-security-policy']).toContain("default-src 'none'");
	});

	test('the app works under its Content-Security-Policy: map, timeline brush, workers, editor', async ({ page }) => {
		const violations: string[] = [];
		page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`))
		);
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));
		await page.goto('/');
		await expect(page.locator('.map path.country[data-iso="RU"]')).toHaveCount(1);
		await expect(page.locator('.map path.country.involved').first()).toBeVisible();
		const overview = page.getByRole('slider', { name: /Time window/ });
		const box = (await overview.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
		await page.mouse.up();
		await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
		await expect.poll(() => workers.some((url) => url.includes('country-index'))).toBe(true);
		await page.goto('/add');
		await page.getByLabel('Text', { exact: true }).fill('MOSCOW, August 18, 2014\n\nRussia and China signed a deal in July 2014.');
		// The extraction worker's answer: the date marked in the preview.
		await expect(page.getByRole('document', { name: 'Article text' }).locator('.date', { hasText: 'July 2014' })).toBeVisible();
		expect(workers.some((url) => url.includes('extract'))).toBe(true);
		expect(violations).toEqual([]);
	});
});

test.describe('a server with a write token', () => {
	test.describe.configure({ mode: 'serial' });
	const TOKEN = 'correct-horse-battery-staple-0123456789';
	let server: BuiltServer;
	test.beforeAll(async () => {
		server = await BuiltServer.start({ DATELINE_WRITE_TOKEN: TOKEN });
	});
	test.afterAll(async () => {
		await server?.stop();
	});
	const bearer = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

	test('says so when it starts, and writes need the token, from this machine too', async ({ playwright }) => {
		expect(server.log).toContain('writes need the token in DATELINE_WRITE_TOKEN');
		const api = await playwright.request.newContext({ baseURL: server.origin });
		const sent = article();
		const none = await api.post('/api/articles', { data: sent });
		expect(none.status()).toBe(401);
		expect(none.headers()['www-authenticate']).toContain('Bearer');
		expect((await none.json()).error).toMatch(/this needs the write token/);
		const wrong = await api.post('/api/articles', { data: sent, headers: bearer('correct-horse-battery-staple-0123456788') });
		expect(wrong.status()).toBe(401);
		expect((await wrong.json()).error).toMatch(/the write token is wrong/);
		expect((await api.get(`/api/articles/${idOf(sent)}`)).status()).toBe(404);

		// A script posts plain text with the token, and sends no Origin.
		const plain = await api.post(`/api/articles?published=2014-05-22&url=${encodeURIComponent(sent.url)}`, {
			headers: { ...bearer(), 'content-type': 'text/plain' },
			data: `${sent.title}\n\n${sent.text}`
		});
		expect(plain.status()).toBe(201);
		expect((await api.delete(`/api/articles/${idOf(sent)}`)).status()).toBe(401);
		expect((await api.put(`/api/articles/${idOf(sent)}/corrections`, { data: [] })).status()).toBe(401);
		// Reading needs nothing.
		expect((await api.get(`/api/articles/${idOf(sent)}`)).status()).toBe(200);
		// Correcting stories is a write; so is a draft's preview (it runs the extractor and the merger): only for
		// someone who could save the draft, and held to the cross-site rules with the token too.
		expect((await api.post('/api/stories/corrections', { data: { op: 'split', event: 'x' } })).status()).toBe(401);
		const draft = { published: '2014-05-22', text: sent.text };
		expect((await api.post('/api/stories/preview', { data: draft })).status()).toBe(401);
		expect((await api.post('/api/stories/preview', { data: draft, headers: bearer() })).status()).toBe(200);
		expect((await api.post('/api/stories/preview', { data: draft, headers: { ...bearer(), origin: 'http://evil.example' } })).status()).toBe(403);
		// The token does not make a cross-site request acceptable.
		const crossSite = await api.delete(`/api/articles/${idOf(sent)}`, { headers: { ...bearer(), origin: 'http://evil.example' } });
		expect(crossSite.status()).toBe(403);
		expect((await api.delete(`/api/articles/${idOf(sent)}`, { headers: bearer() })).status()).toBe(204);
		await api.dispose();
	});

	test('an oversized body is refused with the documented error and no stack trace in the log', async () => {
		const big = JSON.stringify({ ...article(), text: 'Russia signed. '.repeat(40_000) });
		for (const headers of [{ 'content-length': String(big.length) }, {}] as Record<string, string>[]) {
			const answer = await rawRequest(`${server.origin}/api/articles`, { method: 'POST', headers: { ...headers, ...bearer(), 'content-type': 'application/json' }, body: big.match(/.{1,65536}/gs)! });
			expect(answer.status).toBe(413);
			expect(JSON.parse(answer.body)).toEqual({ error: 'the body is larger than 524,288 bytes (BODY_SIZE_LIMIT)' });
		}
		expect(server.log).not.toMatch(/\n\s+at /);
	});

	test('in the browser: read only until signed in, then corrections, then signed out again', async ({ browser, playwright }) => {
		const api = await playwright.request.newContext({ baseURL: server.origin, extraHTTPHeaders: bearer() });
		const sent = article();
		const { events } = await (await api.post('/api/articles', { data: sent })).json();
		const event = events[0];
		const context = await browser.newContext({ baseURL: server.origin });
		const page = await context.newPage();
		await page.goto(`/?event=${event.id}`);
		const header = page.locator('header').first();
		await expect(header.getByText('Read only')).toBeVisible();
		await expect(header.getByRole('link', { name: 'Add articles' })).toHaveCount(0);
		const panel = page.getByRole('article', { name: event.summary });
		await expect(panel).toContainText('Adding and correcting articles here needs the write token');
		await expect(panel.getByRole('button', { name: 'Correct' })).toHaveCount(0);
		// A reader's /add reads the draft but says nothing about stories: it does not ask, so nothing fails.
		const previews: string[] = [];
		page.on('request', (request) => request.url().endsWith('/api/stories/preview') && previews.push(request.url()));
		await page.goto('/add');
		await fillDraft(page, sent);
		await expect(draftCards(page)).toHaveCount(1);
		// Well past the pause after which a writer's /add asks (PREVIEW_PAUSE, 400 ms).
		await page.waitForTimeout(1500);
		expect(previews).toEqual([]);
		await expect(page.locator('.events .story')).toHaveCount(0);
		// The draft could be saved as it stands (no problems listed), yet nothing was asked and nothing failed.
		await expect(page.locator('.events .problems')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Save and show on the timeline' })).toBeDisabled();

		await page.goto(`/?event=${event.id}`);
		await header.getByRole('link', { name: 'Sign in to add or correct' }).click();
		await page.getByLabel('Write token').fill('not the token');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toHaveText('That is not the write token.');
		await page.getByLabel('Write token').fill(TOKEN);
		await page.getByRole('button', { name: 'Sign in' }).click();
		// Back where the reader was, signed in.
		await expect(page).toHaveURL(new RegExp(`story=st-${event.id}`));
		await expect(header.getByText('Signed in')).toBeVisible();
		await expect(header.getByRole('link', { name: 'Add articles' })).toBeVisible();
		const [cookie] = await context.cookies();
		expect(cookie).toEqual(expect.objectContaining({ name: 'dateline_session', httpOnly: true, sameSite: 'Strict' }));
		expect(cookie.value).not.toContain(TOKEN);

		// A page on another site, while the reader is signed in, still cannot write.
		const existing = { url: sent.url, text: sent.text };
		const created = { url: unique(), text: 'Russia signed' };
		const attacker = await context.newPage();
		expect((await attack(attacker, server.origin, created, existing)).filter((a) => a.startsWith('POST')).sort()).toEqual(['POST 403', 'POST 403', 'POST 403']);
		await attacker.close();
		expect((await api.get(`/api/articles/${idOf(created)}`)).status()).toBe(404);
		expect((await (await api.get(`/api/articles/${idOf(sent)}`)).json()).text).toBe(sent.text);

		// The signed-in reader's own correction goes through.
		await panel.getByRole('button', { name: 'Drop', exact: true }).click();
		await expect(page).not.toHaveURL(/story=/);
		expect((await api.get(`/api/events/${event.id}`)).status()).toBe(404);

		// Signed in, /add says where the draft's event would go: a new story, as the event it retells was dropped above.
		const adding = await context.newPage();
		await adding.goto('/add');
		await fillDraft(adding, sent);
		await expect(draftCards(adding).locator('.story')).toHaveText('new story');
		await adding.close();

		await header.getByRole('button', { name: 'Sign out' }).click();
		await expect(header.getByText('Read only')).toBeVisible();
		expect(await context.cookies()).toEqual([]);
		const refused = await page.evaluate(async (id) => (await fetch(`/api/articles/${id}/corrections`, { method: 'PUT', body: '[]' })).status, idOf(sent));
		expect(refused).toBe(401);
		await context.close();
		await api.dispose();
	});
});

test('from an address that is not loopback, a server without a token reads but refuses every write', () => {
	// A network namespace of this test's own (see security-peer.mjs), so the peer is really not loopback.
	const folder = mkdtempSync(join(tmpdir(), 'dateline-peer-'));
	try {
		const run = spawnSync('unshare', ['--net', 'sh', '-c', 'ip link set lo up && ip addr add 198.18.0.1/32 dev lo && exec node tests/security-peer.mjs "$0"', join(folder, 'db.sqlite')], {
			encoding: 'utf8',
			timeout: 90_000
		});
		expect(run.status, run.stderr).toBe(0);
		const r = JSON.parse(run.stdout) as Record<string, { status: number; body: string }> & { log: string };
		expect(r.log).toContain('writes only from this machine (loopback)');
		expect(r.log).toContain('198.18.0.1');
		expect(r.localWrite.status).toBe(201);
		expect(r.remotePage.status).toBe(200);
		expect(r.remotePage.body).toContain('Read only');
		expect(r.remotePage.body).toContain('This server takes changes only from its own machine');
		expect(r.remotePage.body).not.toContain('href="/add"');
		expect(r.remoteRead.status).toBe(200);
		for (const name of ['remotePost', 'remoteCorrect', 'remoteDelete', 'remoteDeleteAsLocalhost', 'localDeleteByNetworkName']) {
			expect(r[name].status, name).toBe(403);
			expect(JSON.parse(r[name].body).error, name).toMatch(/only this machine may change anything here/);
		}
		expect(r.foreignHost.status).toBe(421);
		expect(r.afterwards.status).toBe(200);
		expect(JSON.parse(r.eventsAfter.body).total).toBe(JSON.parse(r.eventsBefore.body).total);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
