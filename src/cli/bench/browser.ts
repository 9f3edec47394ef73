/**
 * What a reader feels, measured in headless Chromium against a running app:
 * first render, interactive, bytes, a 2-second brush drag, a 2-second scrub of
 * the brushed window, country clicks, heap.
 */
import { chromium, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchOptions } from '../../../tests/chromium';

export interface BrowserFigures {
	firstRenderMs: number;
	interactiveMs: number;
	jsGzipKB: number;
	dataKB: number;
	brushP50Ms: number;
	brushP95Ms: number;
	brushUpdates: number;
	framesOver16: number;
	longTasks: number;
	scrubP50Ms: number;
	scrubP95Ms: number;
	scrubUpdates: number;
	scrubFramesOver16: number;
	scrubLongTasks: number;
	clickP95Ms: number;
	heapMB: number;
}

/** The nearest-rank quantile: the smallest value with at least q of the values at or below it. */
const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] : NaN;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * In the page: for every input event, the time until the frame that shows the
 * update it caused has been painted. The input asks for an animation frame; that
 * frame's callback posts a message, which runs once the frame is painted (style,
 * layout, paint and commit done on the main thread). A brush move is dispatched
 * inside a frame and a click between frames, so both end at the same point.
 * Also every frame interval and every long task.
 */
function instrument() {
	const bench = { updates: [] as number[], frames: [] as number[], longTasks: 0, recording: false, input: 'pointermove' };
	(window as unknown as { __bench: typeof bench }).__bench = bench;
	new PerformanceObserver((list) => {
		if (bench.recording) bench.longTasks += list.getEntries().filter((e) => e.duration > 50).length;
	}).observe({ type: 'longtask', buffered: false });
	const channel = new MessageChannel();
	const pending: number[] = [];
	channel.port1.onmessage = () => bench.updates.push(performance.now() - pending.shift()!);
	for (const type of ['pointermove', 'click']) {
		document.addEventListener(
			type,
			() => {
				// Only the input being measured: a click's own pointer moves are not clicks.
				if (!bench.recording || type !== bench.input) return;
				pending.push(performance.now());
				requestAnimationFrame(() => channel.port2.postMessage(null));
			},
			{ capture: true }
		);
	}
	let last = performance.now();
	const frame = (now: number) => {
		if (bench.recording) bench.frames.push(now - last);
		last = now;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

type Bench = { updates: number[]; frames: number[]; longTasks: number; recording: boolean; input: string };
/** Starts recording the updates caused by `input` events, or (null) stops and returns what was recorded. */
const record = (page: Page, input: 'pointermove' | 'click' | null) =>
	page.evaluate((input) => {
		const bench = (window as unknown as { __bench: Bench }).__bench;
		if (input) Object.assign(bench, { updates: [], frames: [], longTasks: 0, input });
		bench.recording = input !== null;
		return { ...bench };
	}, input);

/**
 * Two seconds of real mouse moves with the button held, as fast as the page takes them:
 * at time t (0 to 1 over the two seconds) the pointer is at `x(t)`. Records each move's
 * update time, the frames and the long tasks.
 */
async function gesture(page: Page, x: (t: number) => number, y: number): Promise<Bench> {
	await record(page, 'pointermove');
	const started = Date.now();
	while (Date.now() - started < 2000) await page.mouse.move(x((Date.now() - started) / 2000), y);
	return record(page, null);
}

/** Frames that took longer than one and a half of 60 Hz's: a frame was skipped. */
const dropped = (frames: number[]) => frames.filter((f) => f > 16.7 * 1.5).length;

export async function measureBrowser(base: string, buildDir: string): Promise<BrowserFigures> {
	const browser = await chromium.launch(launchOptions);
	try {
		const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
		await page.addInitScript(instrument);
		await page.goto(base, { waitUntil: 'commit' });
		await page.waitForFunction(() => performance.getEntriesByName('dateline:interactive').length > 0, null, { timeout: 120_000 });
		await page.locator('.map path.country.involved').first().waitFor();

		const timing = await page.evaluate(() => ({
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			interactive: performance.getEntriesByName('dateline:interactive')[0].startTime,
			resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, size: (r as PerformanceResourceTiming).transferSize }))
		}));
		// Initial JS as gzip would send it: every script the page loaded, compressed from the build.
		const scripts = timing.resources.filter((r) => new URL(r.name).pathname.endsWith('.js'));
		const jsGzip = scripts.reduce((sum, r) => sum + gzipSync(readFileSync(`${buildDir}/client${new URL(r.name).pathname}`)).length, 0);
		const data = timing.resources.filter((r) => new URL(r.name).pathname.startsWith('/api/')).reduce((sum, r) => sum + r.size, 0);

		// A 2-second brush drag across the overview, drawing a window ever wider.
		const brush = (await page.getByRole('slider', { name: /Time window/ }).boundingBox())!;
		const y = brush.y + brush.height / 2;
		const at = (fraction: number) => brush.x + brush.width * fraction;
		await page.mouse.move(at(0.3), y);
		await page.mouse.down();
		const drag = await gesture(page, (t) => at(0.35 + t * 0.4), y);
		await page.mouse.up();
		// The drag's last step (history, the list's details) settles before the clicks.
		await page.waitForTimeout(500);

		// Country clicks: select and deselect the most involved countries, by their buttons.
		// Twenty, so that the 95th percentile is not simply the slowest one. Found by CSS: a
		// role query computes every element's accessible name in the page before each click.
		const buttons = page.locator('section.involved li button');
		await record(page, 'click');
		for (let i = 0; i < 20; i++) {
			await buttons.nth(i % 5).click();
			await page.waitForTimeout(50);
		}
		const clicks = await record(page, null);

		// The heap where it was measured before the scrub came in: after the drag and the clicks.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		// The JS heap plus the typed arrays' backing stores, which live outside it.
		const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };

		// The scrub: a window of a year or so (a twentieth of the overview) is grabbed in its
		// middle, away from its edges, and slid back and forth across the years, twice a second
		// for two seconds, as people sweep it to watch the map and list change. A click outside
		// the drag's window clears it first. Last, since the clicks find their countries in the
		// drag's wider window; and without the country they may have left selected, as the drag was.
		const pressed = page.locator('section.involved li button[aria-pressed="true"]');
		while ((await pressed.count()) > 0) await pressed.first().click();
		await page.mouse.click(at(0.1), y);
		await page.mouse.move(at(0.475), y);
		await page.mouse.down();
		await page.mouse.move(at(0.5), y, { steps: 4 });
		await page.mouse.move(at(0.525), y, { steps: 4 });
		await page.mouse.up();
		await page.waitForTimeout(500);
		const selection = page.locator('.overview .brush .selection');
		const before = (await selection.boundingBox())!.width;
		await page.mouse.move(at(0.5), y);
		await page.mouse.down();
		const scrub = await gesture(page, (t) => at(0.5 + 0.25 * Math.sin(2 * Math.PI * 2 * t)), y);
		await page.mouse.up();
		// Had the press caught an edge or missed the window, the window would have changed its width.
		const after = (await selection.boundingBox())!.width;
		if (Math.abs(after - before) > 2) throw new Error(`the scrub resized the window (${before} px → ${after} px) instead of sliding it`);
		await page.waitForTimeout(500);

		return {
			firstRenderMs: round(timing.fcp),
			interactiveMs: round(timing.interactive),
			jsGzipKB: round(jsGzip / 1024),
			dataKB: round(data / 1024),
			brushP50Ms: round(quantile(drag.updates, 0.5), 2),
			brushP95Ms: round(quantile(drag.updates, 0.95), 2),
			brushUpdates: drag.updates.length,
			framesOver16: dropped(drag.frames),
			longTasks: drag.longTasks,
			scrubP50Ms: round(quantile(scrub.updates, 0.5), 2),
			scrubP95Ms: round(quantile(scrub.updates, 0.95), 2),
			scrubUpdates: scrub.updates.length,
			scrubFramesOver16: dropped(scrub.frames),
			scrubLongTasks: scrub.longTasks,
			clickP95Ms: round(quantile(clicks.updates, 0.95), 2),
			heapMB: round((heap.usedSize + (heap.backingStorageSize ?? 0)) / 2 ** 20)
		};
	} finally {
		await browser.close();
	}
}
