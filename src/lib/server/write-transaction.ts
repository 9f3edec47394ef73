import type { Db } from './open-database';

/**
 * What else a write transaction does as it ends: the stories kept beside the
 * events (stories/) write what the transaction's articles changed just before
 * it commits, so both are committed together, and forget what they built in
 * memory when it rolls back.
 */
export interface TransactionListener {
	beforeCommit(db: Db): void;
	afterRollback(db: Db): void;
}

const listeners: TransactionListener[] = [];

export function onWriteTransaction(listener: TransactionListener): void {
	if (!listeners.includes(listener)) listeners.push(listener);
}

/**
 * Runs `work` in one transaction that takes the write lock as it begins (IMMEDIATE).
 * Every write of the store goes through here: a deferred transaction that reads first
 * and writes later cannot wait for another process's writer (an ingest, a server
 * building a bulk load's indexes), and SQLite fails it at once with "database is
 * locked", whatever the busy timeout. Nested, it is a savepoint of the outer one,
 * and the listeners wait for the outer one's end.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
	if (db.inTransaction) return db.transaction(work).immediate();
	try {
		return db
			.transaction(() => {
				const result = work();
				for (const listener of listeners) listener.beforeCommit(db);
				return result;
			})
			.immediate();
	} catch (error) {
		for (const listener of listeners) listener.afterRollback(db);
		throw error;
	}
}
