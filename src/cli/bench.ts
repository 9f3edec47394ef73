/**
 * npm run bench [-- --sizes 10000,100000,1000000] [--store sqlite|postgres] [--port 4400] [--check] [--ingest-only]
 *
 * For each size: generates a deterministic synthetic data set (bench/synthetic.ts) and loads
 * it twice into fresh databases of the store asked for (bench/stores.ts: SQLite files, or
 * PostgreSQL databases on DATELINE_DATABASE_URL's server, else on a cluster the bench starts
 * and stops): once as a bulk load with the stories deferred and built at the end, timing the
 * load alone (articles, events, indexes) and the stories apart; once merging each article's
 * events into stories as it is written, as an ingest does (bench/load.ts; bench/merge.ts times
 * the merge's own share and scores the stories). It then serves the production build on the
 * merged one, times the compact indexes (after the start, and on the first request after a
 * write: bench/index-requests.ts), and measures the page in headless Chromium (bench/browser.ts).
 * Prints a table and writes bench/results.json (bench/results-postgres.json), then says which
 * targets (bench/targets.ts) the figures meet. Figures, not pass/fail: `--check` only asserts
 * that every figure is a sane number (CI runs it so the harness cannot rot), since a stopwatch
 * on a shared machine is no test. The ingest is also given in CPU µs per event (every thread of
 * the process), which other processes on a shared machine inflate far less than the wall clock.
 * `--ingest-only` loads and prints the loads' figures, no server, no browser.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../lib/server/store/db';
import { forgetState } from '../lib/server/stories/state';
import { measureBrowser } from './bench/browser';
import { extractionThroughput } from './bench/extraction';
import { indexesAfterRestart, indexesAfterStart, indexesAfterWrite } from './bench/index-requests';
import { loadDeferred, loadMerging } from './bench/load';
import { benchStore, type BenchDatabase, type Engine } from './bench/stores';
import { targets } from './bench/targets';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '10000,100000,1000000' },
		store: { type: 'string', default: 'sqlite' },
		// The measured server's port: another than anyone else's on a shared machine.
		port: { type: 'string', default: '4400' },
		check: { type: 'boolean', default: false },
		// Loads only, no browser: the quicker loop for the loads' own figures (and their profile).
		'ingest-only': { type: 'boolean', default: false }
	}
});
if (values.store !== 'sqlite' && values.store !== 'postgres') throw new Error(`--store: sqlite or postgres, not ${values.store}`);
const engine: Engine = values.store;
const sizes = values.sizes.split(',').map(Number);
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const dir = 'bench';
mkdirSync(join(dir, 'data'), { recursive: true });
const store = await benchStore(engine, join(dir, 'data'));
const resultsFile = join(dir, engine === 'sqlite' ? 'results.json' : `results-${engine}.json`);
const serverLog = join(dir, `server-${engine}.log`);

/**
 * Both loads of `size` events, each into its own fresh database. The merged one is kept open for
 * the server's measures: its writes later need no rebuild of the stories (this process holds them).
 */
async function load(size: number): Promise<{ figures: Record<string, number>; database: BenchDatabase; db: Db }> {
	const deferredDatabase = await store.fresh(`${size}-deferred`);
	const deferredDb = await deferredDatabase.open();
	const deferred = await loadDeferred(deferredDb, size).finally(() => deferredDb.close());
	// Its stories, built at the end in this process (a million in memory), go with it: the next load is timed as in a process of its own.
	forgetState(deferredDb);
	const database = await store.fresh(String(size));
	const db = await database.open();
	try {
		return { figures: { ...deferred, ...(await loadMerging(db, size)) }, database, db };
	} catch (error) {
		await db.close();
		throw error;
	}
}

/** The measured server, started on the database; the bench's own connection is closed if it cannot start. */
async function started(env: Record<string, string>, db: Db): Promise<ChildProcess> {
	const server = await serve(env).catch(async (error) => {
		await db.close();
		throw error;
	});
	server.on('exit', (code, signal) => server.killed || console.error(`the measured server stopped (${code ?? signal}): see ${serverLog}`));
	return server;
}

/** Stops the measured server as a deployment would (SIGTERM) and waits until it has exited, its port free for the next. */
function stopped(server: ChildProcess): Promise<void> {
	if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		const stuck = setTimeout(() => {
			console.error(`the measured server did not stop within ${STOP_PATIENCE_MS / 1000} s of SIGTERM: killed`);
			server.kill('SIGKILL');
		}, STOP_PATIENCE_MS);
		server.once('exit', () => (clearTimeout(stuck), resolve()));
		server.kill('SIGTERM');
	});
}
const STOP_PATIENCE_MS = 10_000;

async function serve(env: Record<string, string>): Promise<ChildProcess> {
	// Its output kept, for when it dies under a measure.
	const log = openSync(serverLog, 'w');
	const server = spawn(process.execPath, ['build'], { env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', log, log] });
	closeSync(log);
	for (let i = 0; i < 200; i++) {
		try {
			if ((await fetch(`${base}/api/events?limit=1`)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error('the server did not start');
}

const results: Record<string, Record<string, number>> = {};
let extractArticlesPerS = 0;
try {
	if (values['ingest-only']) {
		for (const size of sizes) {
			const { figures, db } = await load(size);
			await db.close();
			console.log(`${size.toLocaleString('en')} events on ${engine}: ${JSON.stringify(figures)}`);
		}
	} else extractArticlesPerS = extractionThroughput();
	for (const size of values['ingest-only'] ? [] : sizes) {
		process.stderr.write(`${size.toLocaleString('en')} events on ${engine}: loading… `);
		const { figures, database, db } = await load(size);
		process.stderr.write(
			`bulk load ${figures.bulkLoadEventsPerS.toLocaleString('en')} events/s (stories at the end ${figures.storiesAtEndS} s); ` +
				`with merging ${figures.ingestEventsPerS.toLocaleString('en')} events/s (${figures.ingestCpuUsPerEvent} µs of CPU each; ${figures.stories.toLocaleString('en')} stories); measuring…\n`
		);
		let server = await started(database.env, db);
		try {
			// The first requests build and cache the indexes the page loads, as a deployed server would have done already.
			const afterStart = await indexesAfterStart(base);
			const browser = await measureBrowser(`${base}/`, 'build');
			const afterWrite = await indexesAfterWrite(base, db);
			await stopped(server);
			server = await started(database.env, db);
			results[size] = { ...figures, ...afterStart, ...afterWrite, ...(await indexesAfterRestart(base)), ...browser };
			// Kept as each size ends: a long run stopped before the last size still leaves the others' figures.
			writeFileSync(resultsFile, JSON.stringify({ engine, sizes: results }, null, 2) + '\n');
		} finally {
			await stopped(server);
			await db.close();
		}
	}
} finally {
	await store.stop();
}

if (values['ingest-only']) process.exit(0);

const report = {
	engine,
	machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: loadavg().map((l) => Math.round(l * 10) / 10) },
	extractArticlesPerS,
	sizes: results,
	targets: targets(results)
};
writeFileSync(resultsFile, JSON.stringify(report, null, 2) + '\n');

const keys = Object.keys(results[sizes[0]] ?? {});
console.log(`\nengine: ${engine}; load average ${report.machine.loadAverage.join(', ')}; extraction: ${extractArticlesPerS} articles/s\n`);
console.log([`metric (${engine})`.padEnd(24), ...sizes.map((s) => s.toLocaleString('en').padStart(12))].join(''));
for (const key of keys) console.log([key.padEnd(24), ...sizes.map((s) => String(results[s][key]).padStart(12))].join(''));
console.log(`\nwritten to ${resultsFile}\n`);
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
