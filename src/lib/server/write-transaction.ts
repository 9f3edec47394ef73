import type { Db } from './store/db';
import { dropAppends, flushAppends } from './write/appends';

/**
 * What else a write transaction does as it ends: the stories kept beside the
 * events (stories/) write what the transaction's articles changed just before
 * it commits, so both are committed together, and forget what they built in
 * memory when it rolls back; a bulk load's story thread is fed what committed.
 */
export interface TransactionListener {
	beforeCommit?(tx: Db): Promise<void>;
	afterCommit?(db: Db): void;
	afterRollback(db: Db): void;
}

const listeners: TransactionListener[] = [];

export function onWriteTransaction(listener: TransactionListener): void {
	if (!listeners.includes(listener)) listeners.push(listener);
}

/**
 * Runs `work` in one transaction that takes the write lock as it begins (see Db.transaction).
 * Every write of the store goes through here, and everything the work does goes through its
 * `tx`: on PostgreSQL the outer handle is another connection, which does not see the
 * transaction's writes and would wait for its lock. Nested (`db` a transaction's), it is a
 * savepoint of the outer one, and the listeners wait for the outer one's end.
 */
export async function writeTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
	if (db.inTransaction) return db.transaction(work);
	let result: T;
	let forgotten = false;
	// What the transaction held in memory (its appended rows, the stories' changes) is per database, not per
	// transaction: it is forgotten before the rollback hands the write lock to the next transaction, which would
	// otherwise take it for its own (events of an article that was never committed).
	const forget = () => {
		if (forgotten) return;
		forgotten = true;
		dropAppends(db);
		for (const listener of listeners) listener.afterRollback(db.root);
	};
	try {
		result = await db.transaction(async (tx) => {
			try {
				const result = await work(tx);
				// The rows a bulk load held back (write/appends.ts), before anything else reads the tables.
				await flushAppends(tx);
				for (const listener of listeners) await listener.beforeCommit?.(tx);
				return result;
			} catch (error) {
				forget();
				throw error;
			}
		});
	} catch (error) {
		// A commit that failed: the work's end was never reached above.
		forget();
		throw error;
	}
	for (const listener of listeners) listener.afterCommit?.(db.root);
	return result;
}
