import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/** What axe-core finds wrong on the page as it now is: rule, impact and where, for a readable failure. */
async function violations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => ({ rule: v.id, impact: v.impact, where: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Waits until the page shows what a reader reads: the timeline, the map and the list's rows with their details. */
async function settled(page: Page) {
	await expect(page.locator('.timeline svg.overview')).toBeVisible();
	await expect(page.locator('.map path.country.involved').first()).toBeAttached();
	await expect(page.locator('ol.events > li').first()).toBeVisible();
	await expect(page.locator('ol.events > li[aria-busy="true"]')).toHaveCount(0);
}

test('the default view has no accessibility violations', async ({ page }) => {
	await page.goto('/');
	await settled(page);
	await expect(page.getByRole('main')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('a deep link with a story open has no accessibility violations, nor its correction tools', async ({ page }) => {
	await page.goto('/?from=2014-03-01&to=2014-09-30&c=CN,US&mode=any&q=Microsoft');
	await settled(page);
	await page.locator('ol.events li button').filter({ hasText: 'Microsoft' }).first().click();
	// Each mention in its article, with its dates and places marked.
	await expect(page.getByRole('article').getByRole('document', { name: 'Article text' }).first()).toBeVisible();
	expect(await violations(page)).toEqual([]);
	await page.getByRole('article').getByRole('button', { name: 'Merge with…' }).click();
	await expect(page.getByRole('combobox', { name: 'Merge this story with' })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('a window with stories far broader than it, listed apart, has no accessibility violations', async ({ page }) => {
	await page.goto('/?from=2014-07-07&to=2014-07-27');
	await settled(page);
	await expect(page.getByRole('list', { name: /^Context: / })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('adding articles has no accessibility violations, before and after pasting', async ({ page }) => {
	await page.goto('/add');
	// Empty, the page lists what stops saving.
	await expect(page.locator('.problems li')).toHaveCount(1);
	expect(await violations(page)).toEqual([]);
	await page.getByLabel('Title', { exact: true }).fill('Russia and China sign gas deal');
	await page.getByLabel('Text', { exact: true }).fill('Russia and China signed a gas deal on Wednesday, May 21, 2014, in Shanghai.');
	await expect(page.getByRole('list', { name: 'Events this article would create' }).locator('time').first()).toBeVisible();
	expect(await violations(page)).toEqual([]);
});
