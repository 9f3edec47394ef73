import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cluster, createDatabase, freePort, startCluster } from '../src/lib/server/store/postgres/cluster';
import { openPostgres } from '../src/lib/server/store/postgres/open';

/**
 * Several app servers, one database: a PostgreSQL cluster of this test's own, two production
 * servers (`node build`, built by the webServer's `npm start`) on two ports, and ingests in
 * processes of their own, all on the same DATELINE_DATABASE_URL.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let cluster: Cluster;
let url: string;
const servers: { process: ChildProcess; base: string }[] = [];

test.beforeAll(async () => {
	cluster = await startCluster();
	url = await createDatabase(cluster.url, 'servers');
	for (let i = 0; i < 2; i++) {
		const port = await freePort();
		const server = spawn('node', ['build'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATELINE_DATABASE_URL: url }, stdio: 'inherit' });
		servers.push({ process: server, base: `http://127.0.0.1:${port}` });
	}
	for (const { base } of servers) await expect.poll(() => fetch(`${base}/api/index`).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
});

test.afterAll(async () => {
	// Killed outright: the servers keep nothing of their own, and a graceful stop would wait for idle keep-alive connections.
	await Promise.all(servers.map(({ process: server }) => new Promise((resolve) => (server.exitCode !== null ? resolve(null) : (server.once('exit', resolve), server.kill('SIGKILL'))))));
	await cluster?.stop();
});

test('an article added through one server is served by the other at once, and its index changes', async () => {
	const [one, other] = servers.map(({ base }) => base);
	const before = await fetch(`${other}/api/index`);
	const etag = before.headers.get('etag')!;
	expect(etag).toMatch(/^"\d+"$/);

	const created = await fetch(`${one}/api/articles?published=2014-08-18&url=${encodeURIComponent('https://example.org/two-servers')}`, {
		method: 'POST',
		headers: { 'content-type': 'text/plain' },
		body: 'Protests broke out in Paris on 12 August 2014, days after the talks in Brasília had failed.'
	});
	expect(created.status).toBe(201);
	const { id, events } = (await created.json()) as { id: string; events: { id: string; seq: number }[] };
	expect(events.length).toBeGreaterThan(0);

	const article = await fetch(`${other}/api/articles/${id}`);
	expect(article.status).toBe(200);
	expect(await fetch(`${other}/api/events/${events[0].id}`).then((r) => r.status)).toBe(200);
	const after = await fetch(`${other}/api/index`, { headers: { 'if-none-match': etag } });
	expect(after.status).toBe(200);
	expect(after.headers.get('etag')).not.toBe(etag);
	const seqs = new Uint32Array(await after.arrayBuffer(), 16);
	expect([...seqs]).toContain(events[0].seq);
});

test('two ingests at the same time from two processes lose nothing and duplicate nothing', async () => {
	// The bundled articles in two overlapping halves, ingested at once in small batches so that they interleave.
	const files = readdirSync('data/articles').sort();
	const folder = mkdtempSync(join(tmpdir(), 'dateline-halves-'));
	const half = Math.ceil(files.length * 0.6);
	const halves = [files.slice(0, half), files.slice(files.length - half)];
	halves.forEach((names, i) => names.forEach((name) => cpSync(join('data/articles', name), join(folder, String(i), name))));
	const [together, alone] = [await createDatabase(cluster.url, 'together'), await createDatabase(cluster.url, 'alone')];
	try {
		const ingests = [0, 1].map((i) => ingest(together, join(folder, String(i)), '5'));
		expect(await Promise.all(ingests)).toEqual([0, 0]);
		// The same articles in one process, one after another: what the two must have stored together.
		expect(await ingest(alone, 'data/articles', '200')).toBe(0);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}

	const [db, reference] = [await openPostgres(together), await openPostgres(alone)];
	try {
		const ids = (table: string) => `SELECT id FROM ${table} ORDER BY id`;
		const articles = await reference.values(ids('articles'));
		expect(articles.length).toBeGreaterThan(100);
		expect(await db.values(ids('articles'))).toEqual(articles);
		const events = await reference.values(ids('events'));
		expect(events.length).toBeGreaterThan(articles.length);
		expect(await db.values(ids('events'))).toEqual(events);
		// Every event is in exactly one story, and every story it names exists.
		expect(await db.get('SELECT COUNT(*) AS n FROM story_mentions m JOIN stories s ON s.seq = m.story_seq')).toEqual({ n: events.length });
		expect(await db.get('SELECT COUNT(*) AS n FROM event_countries c JOIN events e ON e.seq = c.event_seq')).toEqual(await reference.get('SELECT COUNT(*) AS n FROM event_countries'));
	} finally {
		await Promise.all([db.close(), reference.close()]);
	}
});

test('a server stops when asked (SIGTERM), its database connections closed', async () => {
	const { process: server } = servers[1];
	const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
	server.kill('SIGTERM');
	await expect(Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('still running after 10 s'), 10_000))])).resolves.toBe(0);
});

/** Runs `npm run ingest`'s program in a process of its own; its exit code, and what it said when it failed. */
function ingest(databaseUrl: string, path: string, batch: string): Promise<number | string | null> {
	const child = spawn('npx', ['tsx', 'src/cli/ingest.ts', '--batch', batch, path], { env: { ...process.env, DATELINE_DATABASE_URL: databaseUrl }, stdio: ['ignore', 'ignore', 'pipe'] });
	let said = '';
	child.stderr!.on('data', (chunk) => (said += chunk));
	return new Promise((resolve) => child.once('exit', (code) => resolve(code === 0 ? 0 : `exit ${code}: ${said}`)));
}
