import type { Db } from '../store/db';
import { commitArticles, type Prepared, type Stored, type StoreOptions } from './store-articles';

/**
 * Commits batches of articles in turn, each prepared (extracted, its events made) while the one before
 * commits: on PostgreSQL the server takes in one batch's rows while this process prepares the next,
 * where before each waited for the other. Batches stay transactions of their own, committed in order;
 * each is decided against the store as its transaction finds it (see `commitArticles`), so preparing a
 * batch before the one before it is stored changes nothing that is written.
 */
export async function commitInTurn<B>(
	db: Db,
	batches: Iterable<B> | AsyncIterable<B>,
	prepare: (batch: B) => Promise<Prepared[]>,
	committed: (stored: Stored[], batch: B) => void,
	options: StoreOptions = {}
): Promise<void> {
	let committing: Promise<void> = Promise.resolve();
	for await (const batch of batches) {
		// A database in this thread (SQLite) does nothing while a batch is prepared: its commit goes first, and
		// holds the write lock no longer than it must.
		if (!db.inAnotherProcess) await committing;
		let prepared: Prepared[];
		try {
			prepared = await prepare(batch);
		} catch (error) {
			await committing;
			throw error;
		}
		await committing;
		committing = commitArticles(db, prepared, options).then((stored) => committed(stored, batch));
		// Awaited with the next batch; a failure while that one is prepared is held until then.
		committing.catch(() => {});
	}
	await committing;
}
