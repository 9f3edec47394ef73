import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildDeferredIndexes } from './indexes';
import { migrations } from './migrations';
import { writeTransaction } from './write-transaction';

export type Db = Database.Database;

/** Where the database lives: DATELINE_DB, by default `data/dateline.sqlite`. */
export function dbPath(): string {
	return process.env.DATELINE_DB || 'data/dateline.sqlite';
}

/**
 * Opens (creating if needed) the SQLite database and brings its schema up to date:
 * a new connection each call, for the CLI, the benchmark and tests (the server
 * keeps one, see connection.ts). WAL lets readers go on while an ingest writes.
 */
export function openDb(path: string = dbPath()): Db {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path);
	// 16 KiB pages for a new database (an existing one keeps its own): a batch of
	// articles writes a quarter as many pages to the WAL and back into the file,
	// which is most of what a commit costs; queries measured the same as with 4 KiB.
	db.pragma('page_size = 16384');
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	// WAL makes NORMAL durable against application crashes, which is what ingest needs.
	db.pragma('synchronous = NORMAL');
	// 64 MB of page cache: a large ingest touches many index pages.
	db.pragma('cache_size = -65536');
	// A bulk load killed before it built its indexes left them to the next opening; built
	// before migrating, so that migrations always find the indexes their schema has.
	if ((db.pragma('user_version', { simple: true }) as number) > 0) buildDeferredIndexes(db);
	migrate(db);
	return db;
}

/**
 * Applies the migrations this database has not seen yet; returns the schema version.
 * They run with foreign keys off, as SQLite asks of schema changes that copy a table
 * (dropping the old table would otherwise cascade to the rows that refer to it),
 * and each is checked for broken references before it commits.
 */
export function migrate(db: Db, steps: readonly string[] = migrations): number {
	let version = db.pragma('user_version', { simple: true }) as number;
	if (version > steps.length) {
		throw new Error(`database schema version ${version} is newer than this Dateline (${steps.length}); upgrade Dateline`);
	}
	if (version === steps.length) return version;
	// Inside a transaction the pragma below would do nothing, and a copied table's old rows would cascade away.
	if (db.inTransaction) throw new Error('migrations must run outside a transaction');
	const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
	db.pragma('foreign_keys = OFF');
	try {
		for (; version < steps.length; version++) {
			writeTransaction(db, () => {
				db.exec(steps[version]);
				const broken = db.pragma('foreign_key_check') as { table: string }[];
				if (broken.length) throw new Error(`migration ${version + 1} would leave ${broken.length} broken references (${broken[0].table})`);
				db.pragma(`user_version = ${version + 1}`);
			});
		}
	} finally {
		db.pragma(`foreign_keys = ${foreignKeys}`);
	}
	return version;
}
