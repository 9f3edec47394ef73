import type { Db } from './store/db';

/**
 * How many writes have removed events (an article deleted, or written again with its events replaced):
 * a counter in `meta`, bumped in the write's own transaction. While it stands still, every event stays
 * as it was and new ones are numbered above the last, so the compact index can take in just those
 * (queries.ts `eventIndex`). Event numbers alone cannot say it: a removed last event's number is given again.
 */
const SQL = {
	bump: `INSERT INTO meta (key, value) VALUES ('events_removed', '1')
		ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)`,
	read: `SELECT value FROM meta WHERE key = 'events_removed'`
};

/** Call in the transaction that removed events. */
export async function noteEventsRemoved(tx: Db): Promise<void> {
	await tx.run(SQL.bump);
}

export async function eventsRemovedCount(db: Db): Promise<string> {
	return (await db.get<{ value: string }>(SQL.read))?.value ?? '0';
}
