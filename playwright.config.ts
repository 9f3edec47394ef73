import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOptions } from './tests/chromium';

/** Browser tests run in a real Chromium (see tests/chromium.ts) against the production build. */
const port = Number(process.env.TEST_PORT ?? 4173);
/** The same build on PostgreSQL, for the API suite's second run. */
const postgresPort = port + 1;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	workers: 2,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		timezoneId: 'America/Los_Angeles',
		launchOptions
	},
	projects: [
		{ name: 'sqlite', use: { baseURL: `http://localhost:${port}` } },
		// The API's behaviour holds on both engines: its suite runs again against PostgreSQL.
		{ name: 'postgres', testMatch: 'api.spec.ts', use: { baseURL: `http://localhost:${postgresPort}` } }
	],
	// Started one after the other: the second serves the build the first one's `npm start` made.
	webServer: [
		{
			// The README's own start command, on a fresh database that it fills with the bundled articles.
			command: 'npm start',
			port,
			env: { PORT: String(port), HOST: '127.0.0.1', DATELINE_DB: join(tmpdir(), `dateline-e2e-${process.pid}.sqlite`) },
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			command: 'npx tsx tests/postgres-server.ts',
			port: postgresPort,
			env: { PORT: String(postgresPort), HOST: '127.0.0.1' },
			reuseExistingServer: !process.env.CI,
			gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
			timeout: 180_000
		}
	]
});
