import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createDatabase, startCluster } from './cluster';

/** Whether anything listens on the URL's port. */
function listening(url: string): Promise<boolean> {
	const { hostname, port } = new URL(url);
	return new Promise((resolve) => {
		const socket = connect(Number(port), hostname, () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

const folders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('dateline-pg-'));

describe('a throwaway PostgreSQL cluster', () => {
	it('serves fresh databases, and stopping it removes the server and its folder', async () => {
		const before = folders();
		const cluster = await startCluster();
		const made = folders().filter((name) => !before.includes(name));
		expect(made).toHaveLength(1);
		const url = await createDatabase(cluster.url, 'harness_check');
		const sql = postgres(url, { max: 1 });
		expect(await sql`SELECT current_database() AS name, current_setting('fsync') AS fsync`).toEqual([{ name: 'harness_check', fsync: 'off' }]);
		await sql.end();
		await cluster.stop();
		expect(await listening(cluster.url)).toBe(false);
		expect(existsSync(join(tmpdir(), made[0]))).toBe(false);
	});

	it('goes with a process killed outright, and the next start removes the folder it left', async () => {
		const child = spawn(process.execPath, ['--import', 'tsx', '-e', "import('./src/lib/server/store/postgres/cluster.ts').then(async (m) => { console.log((await m.startCluster()).url); setInterval(() => {}, 1000); })"], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		const url = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk) => resolve(String(chunk).trim())));
		expect(await listening(url)).toBe(true);
		const left = `dateline-pg-${child.pid}-`;
		expect(folders().some((name) => name.startsWith(left))).toBe(true);
		// Until this process reaps it, the killed child lingers as a zombie whose pid still answers: wait for its exit.
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGKILL');
		await exited;
		await expect.poll(() => listening(url), { timeout: 10_000 }).toBe(false);
		const next = await startCluster();
		await next.stop();
		expect(folders().some((name) => name.startsWith(left))).toBe(false);
	}, 30_000);
});
