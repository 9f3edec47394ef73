import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/chromium';

/** Browser tests run in a real Chromium (see tests/chromium.ts) against the production build. */
const port = Number(process.env.TEST_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	workers: 2,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		timezoneId: 'America/Los_Angeles',
		launchOptions
	},
	webServer: {
		command: `npm run build && node build`,
		port,
		env: { PORT: String(port), HOST: '127.0.0.1' },
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
