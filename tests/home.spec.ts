import { expect, test } from '@playwright/test';
import { detailAxis, drawnMarks } from './timeline';

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

	// The timeline draws the stories of the window.
	const timeline = page.getByRole('figure', { name: 'Timeline of stories' });
	await expect.poll(async () => (await drawnMarks(page)).length).toBeGreaterThan(20);

	// The seed's Microsoft stories: April 2014 is drawn as its whole month, from its first
	// day to the end of its last, read off the axis; the July raid, told by three articles
	// (the seed's "In July" among them), on its day, named when pointed at.
	await page.goto('/?c=CN&q=Microsoft');
	await expect.poll(async () => (await drawnMarks(page)).length).toBe(3);
	const x = await detailAxis(page);
	const marks = await drawnMarks(page);
	const drawnOver = (first: string, end: string) => marks.filter((m) => Math.abs(m.left - x(first)) <= 1.5 && Math.abs(m.right - x(end)) <= 1.5);
	expect(drawnOver('2014-04-01', '2014-05-01')).toHaveLength(1);
	const raid = marks.filter((m) => m.left >= x('2014-07-28') - 1.5 && m.left <= x('2014-07-29'));
	expect(raid).toHaveLength(1);
	await page.mouse.move(raid[0].x, raid[0].y);
	await expect(timeline.getByRole('tooltip')).toHaveText(/^28 July 2014: .*Microsoft/);
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
