import { expect, type APIRequestContext, type Page, test } from '@playwright/test';
import type { StoryDetail, StorySummary } from '../src/lib/domain/stories';

const listItems = (page: Page) => page.locator('ol.events > li');
const panel = (page: Page) => page.getByRole('article');
const mentions = (page: Page) => panel(page).locator('li.mention');

async function ready(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.timeline svg.overview')).toBeVisible();
}

/**
 * Three outlets' reports of one made-up happening on `day` of 2015 (a month and day: "April 14"),
 * named by `word` (a rare word, so that they join each other), and the address of each: this
 * test's own articles. Tests running at the same time choose different days, so that their
 * happenings stay apart.
 */
function reports(word: string, day: string) {
	const dam = `Vunimoli${word}`;
	const after = (days: number) => new Date(Date.parse(`${day}, 2015 UTC`) + days * 86_400_000).toISOString().slice(0, 10);
	return [
		{
			title: `Fiji opens ${dam} dam`,
			published: after(1),
			source: 'Pacific Wire',
			url: `https://example.org/${word}/pacific-wire`,
			text: `Fiji opened the ${dam} hydro dam near Labasa on ${day}, the largest power project in the country's history, Prime Minister Frank Bainimarama said. The ${dam} dam will supply electricity to Vanua Levu.`
		},
		{
			title: `Bainimarama inaugurates ${dam} hydro plant`,
			published: after(2),
			source: 'Suva Daily',
			url: `https://example.org/${word}/suva-daily`,
			text: `Prime Minister Frank Bainimarama inaugurated the ${dam} hydro dam near Labasa in Fiji on ${day}. The dam gives Vanua Levu its first large hydro power.`
		},
		{
			title: `Fiji's ${dam} dam floods Labasa valley road`,
			published: after(9),
			source: 'Fiji Times',
			url: `https://example.org/${word}/fiji-times`,
			text: `A week after Fiji opened the ${dam} hydro dam near Labasa on ${day}, villagers said its reservoir had flooded the valley road to Vanua Levu's interior.`
		}
	];
}

/** Stores an article through the API, as a script would; resolves with its events' ids. */
async function post(request: APIRequestContext, article: ReturnType<typeof reports>[number]): Promise<string[]> {
	const response = await request.post('/api/articles', { data: article });
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { events: { id: string }[] }).events.map((e) => e.id);
}

const story = async (request: APIRequestContext, id: string) => (await (await request.get(`/api/stories/${id}`)).json()) as StoryDetail;

test('a story told by several bundled articles appears once in the list, with its count', async ({ page, request }) => {
	// The day MH17 was shot down, told by several of the bundled articles.
	const { stories } = (await (await request.get('/api/stories?from=2014-07-17&to=2014-07-17&limit=50')).json()) as { stories: StorySummary[] };
	const told = stories.filter((s) => s.date.value === '2014-07-17' && s.articles >= 3);
	expect(told.length).toBeGreaterThan(0);
	const mh17 = told[0];
	await ready(page, '/?from=2014-07-07&to=2014-07-27');
	const rows = page.locator('ol.events > li[data-id]');
	await expect(page.locator(`ol.events > li[data-id="${mh17.id}"]`)).toHaveCount(1);
	await expect(page.locator(`ol.events > li[data-id="${mh17.id}"] .sources`)).toHaveText(new RegExp(`^${mh17.articles} articles · ${mh17.outlets} outlets · first: `));
	// No other row repeats it.
	expect((await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-id')))).filter((id) => id === mh17.id)).toHaveLength(1);
	// Counting coverage, the header counts reports (each article telling a story), and the list still shows it once.
	await page.getByRole('radio', { name: 'coverage' }).check();
	await expect(page).toHaveURL(/count=articles/);
	await expect(page.locator('header .count')).toHaveText(/ of [\d,]+ reports$/);
	await expect(page.locator(`ol.events > li[data-id="${mh17.id}"]`)).toHaveCount(1);
});

test('counting coverage, the header counts reports: an article telling two stories is two of them', async ({ page, request }) => {
	const word = `c${Date.now().toString(36)}`;
	const [a] = reports(word, 'June 23');
	const both = {
		...a,
		title: `Fiji dam opens; Tonga road closes`,
		source: 'Island Herald',
		url: `https://example.org/${word}/island-herald`,
		text: `${a.text} In Tonga, the government closed the Kolo${word} coastal road near Nuku'alofa on August 4, 2015 after storms.`
	};
	await post(request, a);
	await post(request, both);
	// Two stories (the dam, the road), told by two articles: the dam's by both, the road's by one.
	await ready(page, `/?q=${word}`);
	await expect(listItems(page)).toHaveCount(2);
	await expect(page.locator('header .count')).toHaveText(/^2 of [\d,]+ stories$/);
	await page.getByRole('radio', { name: 'coverage' }).check();
	await expect(page.locator('header .count')).toHaveText(/^3 of [\d,]+ reports$/);
	await expect(page.getByLabel('Legend: reports per country').locator('.title')).toHaveText('Reports');
});

test('a window opens on the day’s stories; month- and year-long ones are context, drawn apart and listed last', async ({ page }) => {
	await ready(page, '/?from=2014-07-07&to=2014-07-27');
	const first = listItems(page).first();
	await expect(first).toHaveAttribute('aria-busy', 'false');
	// Days, which three weeks hold: the list starts on one of them, not on "July 2014".
	await expect(first.locator('time')).toHaveText(/^\d{1,2} July 2014$/);
	const context = page.getByRole('list', { name: /^Context: / });
	await expect(context.locator('li').first()).toBeVisible();
	await expect(context.locator('time').filter({ hasText: /^July 2014$/ }).first()).toBeVisible();
	// Nothing day-precise is context.
	const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
	for (const when of await context.locator('time').allTextContents()) expect(when).not.toMatch(new RegExp(`^\\d{1,2} (${months}) \\d{4}$`));
	// The day itself is content, above them: the crash, told by several articles.
	const content = page.locator('ol.events:not(.context) > li');
	await expect(content.filter({ hasText: 'Malaysia Airlines' }).locator('.sources').first()).toHaveText(/^\d+ articles · [2-9] outlets/);
	await expect(context.locator('li').filter({ hasText: 'Malaysia Airlines' })).toHaveCount(0);
	await expect(page.locator('.timeline .context-note')).toContainText('broader');
});

test('the default view leads with happenings: stories of a month or finer first, years and quarters after', async ({ page }) => {
	await ready(page, '/');
	const first = listItems(page).first();
	await expect(first).toHaveAttribute('aria-busy', 'false');
	// Not "2013" (nor "1979", which a few mentions of the past reach): a day, a week or a month.
	const coarse = /^(\d{4}|(Spring|Summer|Autumn|Winter|Q[1-4]|H[12]) \d{4})$/;
	const times = await page.locator('ol.events:not(.context) > li time').allTextContents();
	expect(times.length).toBeGreaterThan(10);
	for (const when of times) expect(when).not.toMatch(coarse);
	// The years are drawn apart on the timeline, listed last.
	await expect(page.locator('.timeline .context-note')).toContainText('broader');
});

test('splitting a mention out and merging it back round-trips, and survives a reload', async ({ page, request }) => {
	const word = `s${Date.now().toString(36)}`;
	const [a, b] = reports(word, 'March 3');
	await post(request, a);
	await post(request, b);
	await ready(page, `/?q=${word}`);
	await expect(listItems(page)).toHaveCount(1);
	await listItems(page).first().getByRole('button').click();
	await expect(page).toHaveURL(/story=st-/);
	const joined = new URL(page.url()).searchParams.get('story')!;
	await expect(mentions(page)).toHaveCount(2);
	await expect(panel(page).locator('.sources')).toHaveText(/^2 articles · 2 outlets · first: Pacific Wire, 4 March 2015$/);

	// Split the Suva Daily's mention out: it becomes a story of its own, shown now.
	await mentions(page).filter({ hasText: 'Suva Daily' }).getByRole('button', { name: 'Split out' }).click();
	await expect(page).not.toHaveURL(new RegExp(`story=${joined}`));
	await expect(mentions(page)).toHaveCount(1);
	await expect(panel(page).locator('.meta').first()).toContainText('corrected by a reader');
	await expect(listItems(page)).toHaveCount(2);
	const split = new URL(page.url()).searchParams.get('story')!;

	// Merge it back with the one it left, chosen among the stories listed.
	await panel(page).getByRole('button', { name: 'Merge with…' }).click();
	await panel(page).getByRole('combobox', { name: 'Merge this story with' }).selectOption(joined);
	await panel(page).getByRole('button', { name: 'Merge', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`story=${joined}`));
	await expect(mentions(page)).toHaveCount(2);
	await expect(listItems(page)).toHaveCount(1);

	await page.reload();
	await expect(mentions(page)).toHaveCount(2);
	await expect(listItems(page)).toHaveCount(1);
	// The story merged away still opens the one it joined.
	await ready(page, `/?story=${split}`);
	await expect(page).toHaveURL(new RegExp(`story=${joined}`));
	await expect(mentions(page)).toHaveCount(2);
});

test('a deep link to a story opens it after another article joins it, and after it is merged into another', async ({ page, request }) => {
	const word = `d${Date.now().toString(36)}`;
	const [a, b, c] = reports(word, 'April 14');
	const [event] = await post(request, a);
	const { id } = await story(request, event);
	await ready(page, `/?story=${id}`);
	await expect(mentions(page)).toHaveCount(1);

	await post(request, b);
	await ready(page, `/?story=${id}`);
	await expect(page).toHaveURL(new RegExp(`story=${id}`));
	await expect(mentions(page)).toHaveCount(2);

	// A story of another happening, into which the reader merges this one.
	const other = await post(request, { ...c, text: `Tonga and New Zealand signed the Nukualofa${word} fisheries pact on April 20, 2015, officials in Tonga said.`, title: `Tonga signs Nukualofa${word} pact` });
	const into = (await story(request, other[0])).id;
	expect(into).not.toBe(id);
	const merged = await request.post('/api/stories/corrections', { data: { op: 'merge', story: id, into } });
	expect(merged.ok()).toBe(true);
	await ready(page, `/?story=${id}`);
	await expect(page).toHaveURL(new RegExp(`story=${into}`));
	await expect(mentions(page)).toHaveCount(3);
});

test('an old link to an event opens the story that holds it, and the address names the story', async ({ page, request }) => {
	const word = `e${Date.now().toString(36)}`;
	const [a, b] = reports(word, 'May 19');
	await post(request, a);
	const second = await post(request, b);
	await ready(page, `/?event=${second[0]}`);
	await expect(page).toHaveURL(/story=st-/);
	await expect(page).not.toHaveURL(/event=/);
	await expect(mentions(page)).toHaveCount(2);
	await expect(mentions(page).filter({ hasText: 'Suva Daily' }).locator('.article .focus').first()).toBeVisible();
});
