import type { LaunchOptions } from '@playwright/test';

/**
 * How every browser run here (tests, screenshots, benchmarks) starts Chromium.
 * Debian's chromium is the default; CHROMIUM_PATH chooses another executable,
 * and an empty CHROMIUM_PATH uses the one `npx playwright install chromium` fetched.
 * The flags keep Chromium from reaching for the network, which is closed here.
 */
export const launchOptions: LaunchOptions = {
	executablePath: (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') || undefined,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run'
	]
};
