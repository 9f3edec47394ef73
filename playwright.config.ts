import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
		// The README's own start command, on a fresh database that it fills with the bundled articles.
		command: 'npm start',
		port,
		env: { PORT: String(port), HOST: '127.0.0.1', DATELINE_DB: join(tmpdir(), `dateline-e2e-${process.pid}.sqlite`) },
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
