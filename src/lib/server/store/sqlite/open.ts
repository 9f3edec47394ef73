import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from '../db';
import { buildDeferredIndexes } from '../../indexes';
import { SqliteDb } from './engine';
import { migrations } from './migrations';

/**
 * Opens (creating if needed) the SQLite database at `path` and brings its schema up to date
 * (to `steps`, all migrations unless a test asks for fewer). WAL lets readers go on while an
 * ingest writes; a file database gets a second, read-only connection for reads outside the
 * transaction being written, which then see only what is committed (as on PostgreSQL).
 */
export async function openSqlite(path: string, steps: readonly string[] = migrations): Promise<Db> {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const writer = new Database(path);
	// 16 KiB pages for a new database (an existing one keeps its own): a batch of
	// articles writes a quarter as many pages to the WAL and back into the file,
	// which is most of what a commit costs; queries measured the same as with 4 KiB.
	writer.pragma('page_size = 16384');
	writer.pragma('journal_mode = WAL');
	writer.pragma('foreign_keys = ON');
	writer.pragma('busy_timeout = 5000');
	// WAL makes NORMAL durable against application crashes, which is what ingest needs.
	writer.pragma('synchronous = NORMAL');
	// 64 MB of page cache: a large ingest touches many index pages.
	writer.pragma('cache_size = -65536');
	const reader = path === ':memory:' ? undefined : new Database(path, { readonly: true });
	reader?.pragma('busy_timeout = 5000');
	reader?.pragma('cache_size = -65536');
	const db = SqliteDb.over(writer, reader);
	// A bulk load killed before it built its indexes left them to the next opening; built
	// before migrating, so that migrations always find the indexes their schema has.
	if ((writer.pragma('user_version', { simple: true }) as number) > 0) await buildDeferredIndexes(db);
	migrate(writer, steps);
	return db;
}

/**
 * Applies the migrations this database has not seen yet; returns the schema version.
 * They run with foreign keys off, as SQLite asks of schema changes that copy a table
 * (dropping the old table would otherwise cascade to the rows that refer to it),
 * and each is checked for broken references before it commits.
 */
export function migrate(db: Database.Database, steps: readonly string[] = migrations): number {
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
			db.transaction(() => {
				db.exec(steps[version]);
				const broken = db.pragma('foreign_key_check') as { table: string }[];
				if (broken.length) throw new Error(`migration ${version + 1} would leave ${broken.length} broken references (${broken[0].table})`);
				db.pragma(`user_version = ${version + 1}`);
			}).immediate();
		}
	} finally {
		db.pragma(`foreign_keys = ${foreignKeys}`);
	}
	return version;
}

/** The better-sqlite3 connection behind a SQLite `Db`: for SQLite's own settings, and tests of them. */
export function sqliteConnection(db: Db): Database.Database {
	if (!(db.root instanceof SqliteDb)) throw new Error(`a ${db.engine} database has no SQLite connection`);
	return db.root.connection;
}
