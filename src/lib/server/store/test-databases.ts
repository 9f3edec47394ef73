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
let files = 0;

/** A new SQLite file's path in this process's temporary folder, removed as the process exits. */
export function sqlitePath(name = `test-${files++}.sqlite`): string {
	if (!folder) {
		const made = (folder = mkdtempSync(join(tmpdir(), 'dateline-test-')));
		process.on('exit', () => rmSync(made, { recursive: true, force: true }));
	}
	return join(folder, name);
}

/**
 * An engine for tests: `fresh` makes a new database and gives where it is (a file, an address), `open` opens
 * one there, `env` points a process at it.
 */
function testEngine(
	name: Db['engine'],
	fresh: () => Promise<string>,
	open: (location: string) => Promise<Db>,
	env: (location: string) => Record<string, string>
): TestEngine {
	const locations = new WeakMap<Db, string>();
	const opened = async (location: string) => {
		const db = await open(location);
		locations.set(db, location);
		return db;
	};
	const locationOf = (db: Db) => {
		const location = locations.get(db.root);
		if (!location) throw new Error('not a test database');
		return location;
	};
	return { name, fresh: async () => opened(await fresh()), another: (db) => opened(locationOf(db)), env: (db) => env(locationOf(db)) };
}

export const sqlite = testEngine('sqlite', async () => sqlitePath(), openDb, (path) => ({ DATELINE_DB: path, DATELINE_DATABASE_URL: '' }));

export const postgres = testEngine('postgres', freshDatabaseUrl, openPostgres, (url) => ({ DATELINE_DATABASE_URL: url }));

/** Every engine the store's tests run on. */
export const engines: TestEngine[] = [sqlite, postgres];

/** A fresh database of the first engine, for tests that need only one. */
export const testDb = (): Promise<Db> => engines[0].fresh();

/** Every index the schema has, by name: those a bulk load drops, and the one it keeps. */
export const INDEXES = ['event_countries_by_event', 'events_by_article', 'events_by_days', 'events_by_id', 'stories_by_days', 'story_mentions_by_story'];

/** The names of the schema's indexes that exist now, sorted. */
export async function indexNames(db: Db): Promise<string[]> {
	return (await db.deferrable(INDEXES)).map((d) => d.name).sort();
}
