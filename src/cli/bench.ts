/**
 * npm run bench [-- --sizes 10000,100000,1000000] [--check] [--ingest-only]
 *
 * For each size: generates a deterministic synthetic data set (bench/synthetic.ts),
 * loads it into a fresh SQLite file (timing the ingest, which merges the events
 * into stories; bench/merge.ts times the merge's own share and scores the
 * stories), serves the production build on it, and measures the page in
 * headless Chromium (see bench/browser.ts). Prints a table and writes
 * bench/results.json, then says which targets (bench/targets.ts) the figures meet. Figures, not pass/fail: `--check` only asserts that every
 * figure is a sane number (CI runs it so the harness cannot rot), since a
 * stopwatch on a shared machine is no test. The ingest is also given in CPU µs per event
 * (every thread of the process), which other processes on a shared machine inflate far less
 * than the wall clock. `--ingest-only` loads and prints the ingest's figures, no browser.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleId } from '../lib/domain/ids';
import { openDb } from '../lib/server/store/open';
import { beginBulkLoad, writeArticle } from '../lib/server/write';
import { writeTransaction } from '../lib/server/write-transaction';
import { measureBrowser } from './bench/browser';
import { extractionThroughput } from './bench/extraction';
import { type MergeFigures, merging, storyFigures } from './bench/merge';
import { type SyntheticArticle, syntheticArticles } from './bench/synthetic';
import { targets } from './bench/targets';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '10000,100000,1000000' },
		check: { type: 'boolean', default: false },
		// Loads and merges only, no browser: the quicker loop for the ingest's own figures (and its profile).
		'ingest-only': { type: 'boolean', default: false }
	}
});
const sizes = values.sizes.split(',').map(Number);
const dir = 'bench';
mkdirSync(join(dir, 'data'), { recursive: true });

/**
 * Loads `size` synthetic events into a fresh database, which merges them into
 * stories as it writes them: events per second, and the stories' figures.
 */
async function load(path: string, size: number): Promise<{ ingestEventsPerS: number; ingestCpuUsPerEvent: number } & MergeFigures> {
	for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
	const db = await openDb(path);
	let events = 0;
	let writing = 0;
	// CPU time of the process (every thread: SQLite's and the collector's helpers too), which other processes on a shared machine do not inflate.
	let cpu = 0;
	let batch: SyntheticArticle[] = [];
	// The happening each event tells, by its number: an array, not a map of a million ids, so as not to slow the load's garbage collection.
	const truth = new Int32Array(size + 1);
	const merged = { ...merging };
	// Only the writes are timed, not the generator; the bulk load's index building is part of the writes.
	const timed = async <T>(work: () => Promise<T>): Promise<T> => {
		const [started, startedCpu] = [performance.now(), process.cpuUsage()];
		const result = await work();
		writing += performance.now() - started;
		const used = process.cpuUsage(startedCpu);
		cpu += used.user + used.system;
		return result;
	};
	const bulk = await timed(() => beginBulkLoad(db));
	const flush = async (articles: SyntheticArticle[]) => {
		const written = await timed(() =>
			writeTransaction(db, async (tx) => {
				const stored = [];
				for (const { draft, extraction } of articles) stored.push(await writeArticle(tx, articleId(draft.url, draft.text), draft, extraction));
				return stored;
			})
		);
		written.forEach((stored, a) => stored.forEach((_, i) => (truth[++events] = articles[a].truth[i])));
	};
	for (const article of syntheticArticles(size)) {
		batch.push(article);
		if (batch.length === 2000) {
			await flush(batch);
			batch = [];
		}
	}
	await flush(batch);
	await timed(() => bulk.finish());
	const stories = await storyFigures(db, truth, { ms: merging.ms - merged.ms, mentions: merging.mentions - merged.mentions, candidates: merging.candidates - merged.candidates });
	await db.close();
	return { ingestEventsPerS: Math.round(events / (writing / 1000)), ingestCpuUsPerEvent: Math.round((cpu / events) * 10) / 10, ...stories };
}

async function serve(path: string, port: number): Promise<ChildProcess> {
	const server = spawn(process.execPath, ['build'], { env: { ...process.env, DATELINE_DB: path, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
	for (let i = 0; i < 200; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/api/events?limit=1`)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error('the server did not start');
}

const results: Record<string, Record<string, number>> = {};
if (values['ingest-only']) {
	for (const size of sizes) {
		const loaded = await load(join(dir, 'data', `bench-${size}.sqlite`), size);
		console.log(`${size.toLocaleString('en')} events: ${JSON.stringify(loaded)}`);
	}
	process.exit(0);
}
const extractArticlesPerS = extractionThroughput();
for (const size of sizes) {
	const path = join(dir, 'data', `bench-${size}.sqlite`);
	process.stderr.write(`${size.toLocaleString('en')} events: loading… `);
	const loaded = await load(path, size);
	process.stderr.write(
		`${loaded.ingestEventsPerS.toLocaleString('en')} events/s with stories (${loaded.ingestCpuUsPerEvent} µs of CPU each; ${loaded.stories.toLocaleString('en')} stories); measuring in Chromium…\n`
	);
	const server = await serve(path, 4400);
	try {
		// The first request builds and caches the story index the page loads, as a deployed server would have done already.
		await fetch('http://127.0.0.1:4400/api/stories/index');
		results[size] = { ...(await measureBrowser('http://127.0.0.1:4400/', 'build')), ...loaded };
	} finally {
		server.kill();
	}
}

const report = {
	machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
	extractArticlesPerS,
	sizes: results,
	targets: targets(results)
};
writeFileSync(join(dir, 'results.json'), JSON.stringify(report, null, 2) + '\n');

const keys = Object.keys(results[sizes[0]] ?? {});
console.log(`\nextraction: ${extractArticlesPerS} articles/s\n`);
console.log(['metric'.padEnd(18), ...sizes.map((s) => s.toLocaleString('en').padStart(12))].join(''));
for (const key of keys) console.log([key.padEnd(18), ...sizes.map((s) => String(results[s][key]).padStart(12))].join(''));
console.log(`\nwritten to ${join(dir, 'results.json')}\n`);
for (const { name, met } of report.targets) console.log(`${met ? 'met ' : 'MISSED'}  ${name}`);

if (values.check) {
	const bad = Object.entries(results).flatMap(([size, figures]) =>
		Object.entries(figures).filter(([, v]) => !Number.isFinite(v) || v < 0).map(([k, v]) => `${size}.${k} = ${v}`)
	);
	if (!(extractArticlesPerS > 0)) bad.push(`extractArticlesPerS = ${extractArticlesPerS}`);
	for (const size of sizes) for (const key of ['brushUpdates', 'scrubUpdates']) if (!(results[size][key] > 10)) bad.push(`${size}.${key} = ${results[size][key]}`);
	// The load builds stories: fewer stories than events, since most happenings are told more than once.
	for (const size of sizes) if (!(results[size].stories > 0 && results[size].stories < size)) bad.push(`${size}.stories = ${results[size].stories}`);
	if (bad.length) {
		console.error(`insane figures: ${bad.join(', ')}`);
		process.exit(1);
	}
}
