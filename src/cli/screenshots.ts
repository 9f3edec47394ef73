/**
 * Refreshes the README's screenshots from a running app:
 *   npm start &   then   npm run screenshots [-- http://localhost:3000]
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../../tests/chromium';

const base = process.argv[2] ?? 'http://localhost:3000';
const views: [file: string, path: string][] = [['docs/screenshot.png', '/']];

const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, colorScheme: 'light' });
for (const [file, path] of views) {
	await page.goto(new URL(path, base).href);
	await page.locator('path.country.involved').first().waitFor();
	await page.waitForTimeout(300);
	await page.screenshot({ path: file });
	console.log(`${file} ← ${path}`);
}
await browser.close();
