/**
 * The databases the store's and the API's tests run on: each test asks for a fresh one
 * here, and runs once per engine in `engines` (`describe.each(engines)`). SQLite: a new
 * file in a temporary folder of this test process; PostgreSQL: a new database on the
 * server the test run started (postgres/test-cluster.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from './db';
import { openDb } from './open';
import { openPostgres } from './postgres/open';
import { freshDatabaseUrl } from './postgres/test-database';

export interface TestEngine {
	readonly name: Db['engine'];
	/** A fresh database with the current schema. */
	fresh(): Promise<Db>;
	/** Another connection to the same database, as another process has it. */
	another(db: Db): Promise<Db>;
	/** The environment that points a process (the CLI, a server) at the same database. */
	env(db: Db): Record<string, string>;
}

let folder: string | undefined;
const paths = new WeakMap<Db, string>();
let files = 0;

/** A new SQLite file's path in this process's temporary folder, removed as the process exits. */
export function sqlitePath(name = `test-${files++}.sqlite`): string {
	if (!folder) {
		const made = (folder = mkdtempSync(join(tmpdir(), 'dateline-test-')));
		process.on('exit', () => rmSync(made, { recursive: true, force: true }));
	}
	return join(folder, name);
}

export const sqlite: TestEngine = {
	name: 'sqlite',
	async fresh() {
		const path = sqlitePath();
		const db = await openDb(path);
		paths.set(db, path);
		return db;
	},
	async another(db) {
		const path = pathOf(db);
		const other = await openDb(path);
		paths.set(other, path);
		return other;
	},
	env: (db) => ({ DATELINE_DB: pathOf(db), DATELINE_DATABASE_URL: '' })
};

function pathOf(db: Db): string {
	const path = paths.get(db.root);
	if (!path) throw new Error('not a test database');
	return path;
}

const urls = new WeakMap<Db, string>();

export const postgres: TestEngine = {
	name: 'postgres',
	async fresh() {
		const url = await freshDatabaseUrl();
		const db = await openPostgres(url);
		urls.set(db, url);
		return db;
	},
	async another(db) {
		const url = urlOf(db);
		const other = await openPostgres(url);
		urls.set(other, url);
		return other;
	},
	env: (db) => ({ DATELINE_DATABASE_URL: urlOf(db) })
};

function urlOf(db: Db): string {
	const url = urls.get(db.root);
	if (!url) throw new Error('not a test database');
	return url;
}

/** Every engine the store's tests run on. */
export const engines: TestEngine[] = [sqlite, postgres];

/** A fresh database of the first engine, for tests that need only one. */
export const testDb = (): Promise<Db> => engines[0].fresh();
