import { expect, test } from '@playwright/test';

test('the home page shows the seed article on the map and the timeline', async ({ page }) => {
	await page.goto('/');

	// The map shows Russia, China and the United States as involved countries.
	const map = page.getByRole('region', { name: 'Map of the countries involved' });
	for (const iso of ['RU', 'CN', 'US']) {
		await expect(map.locator(`path.country.involved[data-iso="${iso}"]`)).toHaveCount(1);
	}
	const involved = page.getByRole('region', { name: 'Countries involved' });
	for (const name of ['Russia', 'China', 'United States']) {
		await expect(involved.getByText(name, { exact: true })).toBeVisible();
	}

	// The timeline has the seed's events in May, July and August 2014, months drawn as whole months.
	const timeline = page.getByRole('figure', { name: 'Timeline of events' });
	for (const [first, last] of [
		['2014-05-01', '2014-05-31'],
		['2014-07-01', '2014-07-31'],
		['2014-08-18', '2014-08-18']
	]) {
		await expect(timeline.locator(`rect.mark[data-first="${first}"][data-last="${last}"]`).first()).toBeVisible();
	}
	await expect(timeline.getByRole('listitem', { name: /July 2014: .*Microsoft/ }).first()).toBeVisible();
});

test('the map draws no line across the world from countries crossing the antimeridian', async ({ page }) => {
	await page.goto('/');
	const map = page.getByRole('region', { name: 'Map of the countries involved' });
	await expect(map.locator('path.country[data-iso="RU"]')).toHaveCount(1);
	const mapWidth = (await map.boundingBox())!.width;
	// Within one ring of a drawn path, no edge may run more than half the map's width.
	for (const iso of ['RU', 'FJ', 'US']) {
		const d = (await map.locator(`path.country[data-iso="${iso}"]`).getAttribute('d'))!;
		const longest = Math.max(
			...d.split('M').map((ring) => {
				const xs = [...ring.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[1]));
				return Math.max(0, ...xs.slice(1).map((x, i) => Math.abs(x - xs[i])));
			})
		);
		expect(longest, iso).toBeLessThan(mapWidth / 2);
	}
});
