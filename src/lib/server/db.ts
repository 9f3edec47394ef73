import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations';

export type Db = Database.Database;

/** Where the database lives: DATELINE_DB, by default `data/dateline.sqlite`. */
export function dbPath(): string {
	return process.env.DATELINE_DB || 'data/dateline.sqlite';
}

/**
 * Opens (creating if needed) the SQLite database and brings its schema up to date.
 * WAL lets readers go on while an ingest writes.
 */
export function openDb(path: string = dbPath()): Db {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	// WAL makes NORMAL durable against application crashes, which is what ingest needs.
	db.pragma('synchronous = NORMAL');
	// 64 MB of page cache: a large ingest touches many index pages.
	db.pragma('cache_size = -65536');
	migrate(db);
	return db;
}

/** Applies the migrations this database has not seen yet; returns the schema version. */
export function migrate(db: Db, steps: readonly string[] = migrations): number {
	let version = db.pragma('user_version', { simple: true }) as number;
	if (version > steps.length) {
		throw new Error(`database schema version ${version} is newer than this Dateline (${steps.length}); upgrade Dateline`);
	}
	for (; version < steps.length; version++) {
		db.transaction(() => {
			db.exec(steps[version]);
			db.pragma(`user_version = ${version + 1}`);
		})();
	}
	return version;
}
