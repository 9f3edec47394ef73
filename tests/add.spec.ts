import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ApiClient } from '../src/lib/api/client';
import { articleId } from '../src/lib/domain/ids';

const seed = readFileSync('data/articles/moscow-times-2014-08-18.md', 'utf8').split('---').slice(2).join('---').trim();
const unique = () => `https://example.org/add/${Date.now()}-${Math.random().toString(36).slice(2)}`;
// Saving stores the article and opens the main view cold: on a busy two-core machine that outlasts expect's default 5 s.
const saved = { timeout: 15_000 };
const cards = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Events this article would create' }).locator('li');

test('pasting the seed shows its events and highlights its places before saving', async ({ page }) => {
	await page.goto('/add');
	await page.getByLabel('Text', { exact: true }).fill(`MOSCOW, August 18, 2014\n\n${seed}`);
	await expect(page.getByText('from the dateline: 2014-08-18')).toBeVisible();
	for (const month of ['May 2014', 'July 2014', 'August 2014']) await expect(cards(page).locator('time', { hasText: month }).first()).toBeVisible();
	await expect(cards(page).locator('time', { hasText: '18 August 2014' })).toHaveCount(1);
	const preview = page.getByRole('document', { name: 'Article text' });
	for (const place of ['Russia', 'China', 'U.S.']) await expect(preview.locator('.place', { hasText: place }).first()).toBeVisible();
	await expect(preview.locator('.date', { hasText: 'July' }).first()).toBeVisible();
	// Hovering an event marks its words in the text.
	await cards(page).filter({ hasText: 'anti-monopoly' }).hover();
	await expect(preview.locator('.focus').first()).toBeVisible();
	expect((await preview.locator('.focus').allTextContents()).join('')).toContain('opened an anti-monopoly inquiry into the practices of Microsoft');
});

test('a corrected event is saved with the article and shown as corrected in the main view', async ({ page, baseURL }) => {
	const url = unique();
	// A word of its own, so that the search finds this copy only, however often the test runs on one server.
	const tag = `copy${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 8)}`;
	await page.goto('/add');
	await page.getByLabel('Title', { exact: true }).fill(`Russia and China expand software trade (test ${tag})`);
	await page.getByLabel('Published').fill('2014-08-18');
	await page.getByLabel('URL').fill(url);
	await page.getByLabel('Text', { exact: true }).fill(seed);
	const july = cards(page).filter({ hasText: 'anti-monopoly' });
	await july.getByRole('button', { name: 'Correct' }).click();
	await page.getByLabel('Date value').fill('2014-07-28');
	await expect(page.getByLabel('Granularity')).toHaveValue('day');
	await page.getByLabel('Add a country (name, demonym or ISO code)').fill('Chinese');
	await page.getByLabel('Add a country (name, demonym or ISO code)').press('Enter');
	await page.getByRole('button', { name: 'Remove United States' }).click();
	await page.getByRole('button', { name: 'Save correction' }).click();
	await expect(cards(page).filter({ hasText: 'anti-monopoly' }).locator('time')).toHaveText('28 July 2014');
	await expect(cards(page).filter({ hasText: 'anti-monopoly' })).toContainText('corrected by you');

	await page.getByRole('button', { name: 'Save and show on the timeline' }).click();
	await expect(page).toHaveURL(/\/\?from=2013-01-01&to=2014-08-31/, saved);
	// Stored with the article: the reader's correction, as they made it.
	const stored = await new ApiClient(fetch, baseURL).article(articleId(url, seed));
	expect(stored.corrections).toEqual([expect.objectContaining({ kind: 'edit', date: { value: '2014-07-28', granularity: 'day' } })]);
	// Reloaded cold, narrowed to this article by its title's words.
	await page.goto(`/?q=${tag}`);
	// Redated to the 28th, the mention tells the story of that day's raid on Microsoft.
	const item = page.locator('ol.events li').filter({ has: page.locator('time', { hasText: /^28 July 2014$/ }) });
	await item.getByRole('button').click();
	const mention = page.getByRole('article').locator('li.mention').filter({ hasText: tag });
	await expect(mention.locator('.said')).toContainText('corrected by a reader');
	await expect(mention.locator('.said')).toContainText('China');
	await expect(mention.locator('.said')).not.toContainText('United States');
	await expect.poll(async () => (await mention.locator('.article .focus').allTextContents()).join('')).toContain('anti-monopoly');
});

test('before saving, each event says which story it would join, or that it is new', async ({ page }) => {
	const previews: string[] = [];
	page.on('request', (request) => request.url().endsWith('/api/stories/preview') && previews.push(request.url()));
	await page.goto('/add');
	await page.getByLabel('Title', { exact: true }).fill('Airliner shot down over eastern Ukraine');
	await page.getByLabel('Published').fill('2014-07-18');
	const text =
		'A Malaysia Airlines Boeing 777 flying from Amsterdam to Kuala Lumpur was shot down over eastern Ukraine on Thursday, killing all 298 people on board, Ukrainian officials said. ' +
		'Separately, Fiji opened the Vunimoliwai hydro dam near Labasa on Wednesday, Prime Minister Frank Bainimarama said.';
	await page.getByLabel('Text', { exact: true }).pressSequentially(text.slice(0, 40));
	await page.getByLabel('Text', { exact: true }).fill(text);
	const crash = cards(page).filter({ hasText: 'Malaysia Airlines' });
	await expect(crash.locator('.story')).toHaveText(/^joins: A Malaysia Airlines .*, 17 July 2014 · \d+ articles$/);
	await expect(cards(page).filter({ hasText: 'Vunimoliwai' }).locator('.story')).toHaveText('new story');
	// Typing asked once typing paused, not once per key.
	expect(previews.length).toBeLessThanOrEqual(2);
});

test('saving the same article again says it is already there', async ({ page }) => {
	const url = unique();
	for (let attempt = 0; attempt < 2; attempt++) {
		await page.goto('/add');
		await page.getByLabel('Title', { exact: true }).fill('Kremlin widens software trade');
		await page.getByLabel('Published').fill('2014-08-18');
		await page.getByLabel('URL').fill(url);
		await page.getByLabel('Text', { exact: true }).fill('Russia agreed on Monday to broaden software deliveries to China.');
		await expect(cards(page)).toHaveCount(1);
		await page.getByRole('button', { name: 'Save and show on the timeline' }).click();
		if (attempt === 0) await expect(page).toHaveURL(/from=2014-08-18/, saved);
	}
	await expect(page.getByRole('status').filter({ hasText: 'already stored' })).toBeVisible();
	await page.getByRole('button', { name: 'Update it' }).click();
	await expect(page).toHaveURL(/from=2014-08-18/, saved);
});

test('bad input gets a specific message and nothing is saved', async ({ page }) => {
	await page.goto('/add');
	const problems = page.locator('.problems');
	const save = page.getByRole('button', { name: 'Save and show on the timeline' });
	await page.getByLabel('Text', { exact: true }).fill('   ');
	await expect(problems).toContainText('Paste or type the article’s text.');
	await expect(save).toBeDisabled();

	await page.getByLabel('Title', { exact: true }).fill('Nothing here');
	await page.getByLabel('Published').fill('2014-08-18');
	await page.getByLabel('Text', { exact: true }).fill('The committee met and talked for a long time about nothing in particular.');
	await expect(problems).toContainText('no date and no place were found');
	await expect(save).toBeDisabled();

	await page.getByLabel('Text', { exact: true }).fill('Russia and China signed a deal on Monday.');
	await page.getByLabel('Published').fill('2031-01-01');
	await expect(problems).toContainText('in the future');
	await expect(save).toBeDisabled();

	await page.getByLabel('Text', { exact: true }).fill('<img src=x onerror="window.__pwned = 1"> Russia and China signed a deal on Monday.');
	await page.getByLabel('Published').fill('2014-08-18');
	await expect(page.getByRole('document', { name: 'Article text' })).toContainText('<img src=x');
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('dropping three files stores the good ones and names what is wrong with the broken one', async ({ page }) => {
	await page.goto('/add');
	const md = (url: string, title: string, body: string) => `---\ntitle: "${title}"\npublished: 2015-07-21\nurl: ${url}\n---\n\n${body}\n`;
	await page.getByLabel('Choose files').setInputFiles([
		{ name: 'bank.md', mimeType: 'text/markdown', buffer: Buffer.from(md(unique(), 'BRICS bank opens', 'The BRICS bank opened in Shanghai on Tuesday, with Brazil, Russia, India, China and South Africa as members.')) },
		{ name: 'broken.md', mimeType: 'text/markdown', buffer: Buffer.from('---\ntitle: "Broken\npublished: 2015-02-30\n---\n\nText.') },
		{
			name: 'page.html',
			mimeType: 'text/html',
			buffer: Buffer.from(
				`<html><head><title>Iran deal</title><meta property="article:published_time" content="2015-07-14"><link rel="canonical" href="${unique()}"></head>` +
					'<body><nav>Home | World</nav><article><p>Iran and six world powers reached a nuclear agreement in Vienna on Tuesday.</p></article><script>alert(1)</script></body></html>'
			)
		}
	]);
	const rows = page.locator('.results li');
	await expect(rows.filter({ hasText: 'bank.md' })).toContainText('1 article saved');
	await expect(rows.filter({ hasText: 'page.html' })).toContainText('1 article saved');
	await expect(rows.filter({ hasText: 'broken.md' })).toContainText('failed');
	await expect(rows.filter({ hasText: 'broken.md' })).toContainText('line 3');

	const oversized = { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10 * 1024 * 1024, 'a') };
	await page.getByLabel('Choose files').setInputFiles([oversized]);
	await expect(rows.filter({ hasText: 'huge.txt' })).toContainText('10.5 MB; articles up to 1 MB are accepted');
});
