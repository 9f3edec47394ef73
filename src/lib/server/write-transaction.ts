import type { Db } from './open-database';

/**
 * Runs `work` in one transaction that takes the write lock as it begins (IMMEDIATE).
 * Every write of the store goes through here: a deferred transaction that reads first
 * and writes later cannot wait for another process's writer (an ingest, a server
 * building a bulk load's indexes), and SQLite fails it at once with "database is
 * locked", whatever the busy timeout. Nested, it is a savepoint of the outer one.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
	return db.transaction(work).immediate();
}
