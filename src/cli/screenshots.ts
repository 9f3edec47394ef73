/**
 * Refreshes the README's screenshots from a running app:
 *   npm start &   then   npm run screenshots [-- http://localhost:3000]
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../../tests/chromium';

const base = process.argv[2] ?? 'http://localhost:3000';
const views: [file: string, path: string][] = [
	['docs/screenshot.png', '/'],
	['docs/deep-link.png', '/?from=2014-07-07&to=2014-07-27']
];

const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, colorScheme: 'light' });
for (const [file, path] of views) {
	await page.goto(new URL(path, base).href);
	await page.locator('path.country.involved').first().waitFor();
	// The deep link's screenshot shows a story opened with its mentions, as a reader would after one click.
	if (path !== '/') await page.locator('ol.events li button').filter({ hasText: 'Malaysia Airlines' }).first().click();
	await page.waitForTimeout(500);
	await page.screenshot({ path: file });
	console.log(`${file} ← ${path}`);
}
await browser.close();
