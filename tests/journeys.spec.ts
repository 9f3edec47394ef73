import { expect, type Page, test } from '@playwright/test';
import { ApiClient } from '../src/lib/api/client';
import { LIST_PAGE } from '../src/lib/domain/filter';
import { pointInside } from './map';
import { drawnMarks, isHighlighted } from './timeline';

const count = (page: Page) => page.locator('header .count');
const totalShown = async (page: Page) => Number((await count(page).textContent())!.split(' of ')[0].replace(/,/g, ''));
const overview = (page: Page) => page.getByRole('slider', { name: /Time window/ });
const listItems = (page: Page) => page.locator('ol.events > li');
const mapCountry = (page: Page, iso: string) => page.locator(`.map path.country[data-iso="${iso}"]`);

/** Clicks a country on the map, where it is drawn (Shift-click adds it to the selection). */
async function clickCountry(page: Page, iso: string, shift = false) {
	const { x, y } = await pointInside(mapCountry(page, iso));
	if (shift) await page.keyboard.down('Shift');
	await page.mouse.click(x, y);
	if (shift) await page.keyboard.up('Shift');
}

async function ready(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.locator('.timeline svg.overview')).toBeVisible();
	await expect(mapCountry(page, 'RU')).toHaveCount(1);
}

test('scrubbing the timeline updates the map, the list and the address', async ({ page }) => {
	await ready(page);
	const before = await totalShown(page);
	const involvedBefore = await page.locator('.map path.country.involved').count();
	const box = (await overview(page).boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.85, box.y + box.height / 2, { steps: 5 });
	// While dragging, the view already follows.
	const during = await totalShown(page);
	expect(during).toBeLessThan(before);
	// The list follows the drag too (paced, a few rows per frame), without waiting for its end.
	expect(during).toBeLessThan(LIST_PAGE);
	await expect(listItems(page)).toHaveCount(during);
	// So does the ranking of the countries involved: none has more events than the window.
	await expect(async () => {
		const counts = (await page.locator('section.involved li .n').allTextContents()).map(Number);
		expect(Math.max(...counts)).toBeLessThanOrEqual(during);
	}).toPass();
	await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
	const after = await totalShown(page);
	expect(after).toBeLessThan(before);
	expect(await listItems(page).count()).toBe(Math.min(after, LIST_PAGE));
	// Fewer countries are shaded as involved than before the window was chosen.
	await expect(page.locator('.map path.country.involved')).not.toHaveCount(involvedBefore);
});

test('the colours keep their meaning while the window is dragged, and fit it once let go', async ({ page }) => {
	await ready(page);
	const legend = page.getByLabel('Legend: stories per country');
	const before = await legend.textContent();
	const box = (await overview(page).boundingBox())!;
	const y = box.y + box.height / 2;
	const painted = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	// A window brushed out of the whole period: a few weeks, widened, then narrowed again.
	await page.mouse.move(box.x + box.width * 0.4, y);
	await page.mouse.down();
	for (const to of [0.43, 0.7, 0.45]) {
		await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
		await painted();
		expect(await legend.textContent()).toBe(before);
	}
	// Let go, the scale fits the window's few events.
	await page.mouse.up();
	await expect(legend).not.toHaveText(before!);
});

test('the brush works by keyboard', async ({ page }) => {
	await ready(page, '/?from=2014-05-01&to=2014-06-30');
	await overview(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/from=2014-05-08&to=2014-07-07/);
	await page.keyboard.press('Shift+ArrowRight');
	await expect(page).toHaveURL(/from=2014-05-08&to=2014-07-14/);
	await page.keyboard.press('Home');
	await expect(page).not.toHaveURL(/from=2014/);
});

test('moving the window over a word search asks the server for the words once', async ({ page }) => {
	const searches: string[] = [];
	page.on('request', (request) => request.url().includes('/api/stories/search') && searches.push(request.url()));
	await ready(page, '/?from=2014-05-01&to=2014-06-30&q=Microsoft');
	await expect.poll(() => searches.length).toBe(1);
	await overview(page).focus();
	for (const key of ['ArrowRight', 'ArrowRight', 'Shift+ArrowRight']) await page.keyboard.press(key);
	await expect(page).toHaveURL(/from=2014-05-15&to=2014-07-21&q=Microsoft/);
	// Time for a second search to go out, had the steps asked for one (the page asks at once, so this is ample).
	await page.waitForTimeout(300);
	expect(searches).toHaveLength(1);
});

test('clicking Russia then China narrows the list and the timeline; all/any switches', async ({ page }) => {
	await ready(page);
	const all = await totalShown(page);
	await clickCountry(page, 'RU');
	await expect(page).toHaveURL(/c=RU$/);
	const russia = await totalShown(page);
	expect(russia).toBeLessThan(all);
	for (const text of await listItems(page).locator('.meta').allTextContents()) expect(text).toContain('Russia');
	await expect(page.locator('.timeline path.density.selected')).toHaveCount(1);

	await clickCountry(page, 'CN', true);
	await expect(page).toHaveURL(/c=RU,CN/);
	const any = await totalShown(page);
	expect(any).toBeGreaterThan(russia);
	await expect(page.locator('.map path.arc').first()).toBeVisible();

	await page.getByLabel('all of them').check();
	await expect(page).toHaveURL(/c=RU,CN&mode=all/);
	const both = await totalShown(page);
	expect(both).toBeLessThan(russia);
	for (const text of await listItems(page).locator('.meta').allTextContents()) {
		expect(text).toContain('Russia');
		expect(text).toContain('China');
	}
});

test('a country chosen by keyboard keeps the focus though its chip moves up', async ({ page }) => {
	await ready(page);
	const chips = page.getByRole('region', { name: 'Countries involved' }).getByRole('listitem');
	// The last chip shown: choosing it ranks it first.
	const last = chips.last();
	const iso = (await last.getAttribute('data-iso'))!;
	await last.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`c=${iso}$`));
	// Chosen, it holds all its events, more than any partner shares: it moves up.
	const chip = page.locator(`.involved li[data-iso="${iso}"] button`);
	await expect(chip).toHaveAttribute('aria-pressed', 'true');
	expect(await chips.evaluateAll((items, iso) => items.findIndex((li) => li.dataset.iso === iso), iso)).toBeLessThan((await chips.count()) - 1);
	await expect(chip).toBeFocused();
});

test('each partner of the chosen country has one arc, also after choosing another', async ({ page }) => {
	await ready(page);
	// Arcs in use have a shape; the map keeps the others empty.
	const arcs = () => page.locator('.map path.arc').evaluateAll((paths) => paths.filter((p) => /Q/.test(p.getAttribute('d') ?? '')).length);
	// A small country is both an outline and a dot: count countries, not shapes.
	const partners = () =>
		page.locator('.map .partner:not(.selected)').evaluateAll((shapes) => new Set(shapes.map((s) => s.getAttribute('data-iso'))).size);
	for (const iso of ['RU', 'CN']) {
		await clickCountry(page, iso);
		await expect(page).toHaveURL(new RegExp(`c=${iso}$`));
		await expect(page.locator(`.map path.country.selected[data-iso="${iso}"]`)).toHaveCount(1);
		const expected = await partners();
		expect(expected).toBeGreaterThan(0);
		await expect.poll(arcs).toBe(expected);
	}
});

test('after a click the list shows its stories at once, by date and countries, and their summaries follow', async ({ page }) => {
	// Hold the stories' faces back, as a slow server would.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/api/stories?seq=*', async (route) => {
		await held;
		await route.continue();
	});
	await ready(page, '/?c=US');
	await clickCountry(page, 'CN');
	await expect(page).toHaveURL(/c=CN$/);
	// The rows the page had no details for are there at once, waiting for their summaries.
	await expect(listItems(page).first()).toBeVisible();
	const busy = await listItems(page).evaluateAll((items) => items.findIndex((li) => li.getAttribute('aria-busy') === 'true'));
	expect(busy).toBeGreaterThanOrEqual(0);
	const row = listItems(page).nth(busy);
	await expect(row.locator('time')).toHaveText(/\d{4}/);
	await expect(row.locator('.meta')).toContainText('China');
	await expect(row.getByRole('button')).toBeDisabled();
	release();
	await expect(row).toHaveAttribute('aria-busy', 'false');
	await expect(row.locator('.summary')).not.toBeEmpty();
	await row.getByRole('button').click();
	await expect(page).toHaveURL(/story=st-/);
});

test('opening a story shows each mention in its article with dates and places highlighted', async ({ page }) => {
	await ready(page, '/?c=CN&q=Microsoft');
	const item = listItems(page).filter({ has: page.locator('time', { hasText: /^28 July 2014$/ }) }).first();
	// Three outlets tell it (other tests may add copies of the seed: they count as its outlet).
	await expect(item.locator('.sources')).toHaveText(/^\d+ articles · 3 outlets · first: Reuters, 29 July 2014$/);
	await item.getByRole('button').click();
	await expect(page).toHaveURL(/story=st-[0-9a-z]+/);
	const panel = page.getByRole('article');
	await expect(panel.locator('time').first()).toHaveText('28 July 2014');
	// Every mention, each in its own article, as that article dated it.
	const mentions = panel.locator('li.mention');
	await expect(mentions.first()).toBeVisible();
	const dates = await mentions.locator('.said time').allTextContents();
	for (const date of ['28 July 2014', 'week of 28 Jul 2014', 'July 2014']) expect(dates).toContain(date);
	const seed = mentions.filter({ has: page.locator('a[href*="themoscowtimes.com"]') });
	const focus = seed.locator('.article .focus');
	await expect(focus.first()).toBeVisible();
	expect((await focus.allTextContents()).join('')).toContain('anti-monopoly');
	await expect(seed.locator('.article .date', { hasText: 'July' }).first()).toBeVisible();
	await expect(seed.locator('.article .place', { hasText: 'Beijing' }).first()).toBeVisible();
	// The opened story is highlighted on the timeline.
	await expect.poll(async () => (await drawnMarks(page)).filter(isHighlighted).length).toBe(1);

	// A mark on the timeline opens its story too, and names it while pointed at.
	const opened = page.url();
	const other = (await drawnMarks(page)).find((mark) => !isHighlighted(mark))!;
	await page.mouse.move(other.x, other.y);
	await expect(page.getByRole('tooltip')).toBeVisible();
	await page.mouse.click(other.x, other.y);
	// The address is written after the frame that shows the step: wait for it to change.
	await expect(page).not.toHaveURL(opened);
	await expect(page).toHaveURL(/story=st-[0-9a-z]+/);
	// Now it is the one highlighted, also once the pointer has left it.
	await page.mouse.move(0, 0);
	// (Within a pixel: the highlight's outline can widen the mark by one on a side.)
	await expect
		.poll(async () => (await drawnMarks(page)).filter(isHighlighted).map((mark) => Math.abs(mark.x - other.x) <= 1))
		.toEqual([true]);
});

test('a shared link opens cold to the same view', async ({ page, context, browser }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await ready(page, '/?from=2014-03-01&to=2014-12-31&c=RU,CN&mode=any');
	await listItems(page).first().getByRole('button').click();
	await expect(page).toHaveURL(/story=st-/);
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(page.url());

	const fresh = await (await browser.newContext({ timezoneId: 'Asia/Tokyo' })).newPage();
	await ready(fresh, link);
	await expect(count(fresh)).toHaveText((await count(page).textContent())!);
	expect(await listItems(fresh).locator('.summary').allTextContents()).toEqual(await listItems(page).locator('.summary').allTextContents());
	await expect(fresh.getByRole('article').locator('h2')).toHaveText((await page.getByRole('article').locator('h2').textContent())!);
	await expect(overview(fresh)).toHaveAttribute('aria-valuetext', (await overview(page).getAttribute('aria-valuetext'))!);
	await expect(fresh.locator('.chips .chip')).toHaveText(await page.locator('.chips .chip').allTextContents());
	await fresh.context().close();
});

test('the server-rendered page already holds the filtered list', async ({ request }) => {
	const html = await (await request.get('/?from=2014-05-01&to=2014-08-31&c=CN')).text();
	expect(html).toContain('Windows 8');
	expect(html).not.toContain('Mistral');
});

test('Back and Forward walk through deliberate steps', async ({ page }) => {
	await ready(page);
	await clickCountry(page, 'RU');
	await expect(page).toHaveURL(/c=RU/);
	await clickCountry(page, 'CN', true);
	await expect(page).toHaveURL(/c=RU,CN/);
	await listItems(page).first().getByRole('button').click();
	await expect(page).toHaveURL(/story=st-/);

	await page.goBack();
	await expect(page).toHaveURL(/c=RU,CN$/);
	await expect(page.getByRole('article')).toHaveCount(0);
	await page.goBack();
	await expect(page).toHaveURL(/c=RU$/);
	await expect(page.locator('.chips .chip')).toHaveText(['Russia ×']);
	await page.goForward();
	await expect(page).toHaveURL(/c=RU,CN$/);
	await expect(page.locator('.chips .chip')).toHaveCount(2);
});

test('a hostile or stale link falls back to defaults with a quiet notice', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	const hostile =
		'/?from=2014-09-31&to=2014-01-01&c=RU,ZZ,<script>alert(1)</script>&mode=<img src=x onerror=alert(1)>' +
		`&story=st-doesnotexist&map=999,999,99&q=${'x'.repeat(10_000)}`;
	const response = await page.goto(hostile);
	expect(response!.status()).toBe(200);
	const notices = page.getByRole('status').filter({ hasText: 'link' });
	await expect(notices).toContainText('impossible date');
	await expect(notices).toContainText('Unknown country codes');
	await expect(notices).toContainText('map position');
	await expect(notices).toContainText('no longer exists');
	await expect(page.locator('.chips .chip')).toHaveText(['Russia ×']);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(dialogs).toBe(0);
});

test('a mention corrected and then dropped in its story’s panel is stored so, and the view follows', async ({ page, baseURL }) => {
	// An article of this test's own about a happening nobody else tells, found by a word of its title, so that other tests' counts hold.
	const api = new ApiClient(fetch, baseURL);
	const word = `corrigendum${Date.now().toString(36)}`;
	const { id } = await api.saveArticle({
		title: `Samoa opens Matautu ferry terminal (${word})`,
		published: '2016-08-11',
		url: `https://example.org/${word}`,
		text: 'Samoa on Wednesday opened the Matautu ferry terminal in Apia, Prime Minister Tuilaepa Sailele said. In January Japan had refused to finance the Matautu breakwater.'
	});
	await ready(page, `/?q=${word}`);
	await expect(count(page)).toHaveText(/^2 of/);
	await listItems(page).filter({ hasText: 'Apia' }).getByRole('button').click();
	const panel = page.getByRole('article');
	const mention = panel.locator('li.mention');
	await expect(mention.locator('.article .focus').first()).toBeVisible();

	await mention.getByRole('button', { name: 'Correct' }).click();
	await panel.getByLabel('Summary').fill('Samoa opens its new ferry terminal');
	await panel.getByRole('button', { name: 'Save correction' }).click();
	await expect(panel.locator('h2')).toHaveText('Samoa opens its new ferry terminal');
	await expect(mention.locator('.said')).toContainText('corrected by a reader');
	await expect(listItems(page).filter({ hasText: 'Samoa opens its new ferry terminal' })).toHaveCount(1);
	expect((await api.article(id)).corrections).toHaveLength(1);

	await mention.getByRole('button', { name: 'Drop' }).click();
	await expect(page.getByRole('article')).toHaveCount(0);
	await expect(page).not.toHaveURL(/story=/);
	await expect(count(page)).toHaveText(/^1 of/);
	expect((await api.article(id)).events).toHaveLength(1);
	await api.deleteArticle(id);
});
