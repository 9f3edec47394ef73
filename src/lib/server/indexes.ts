import type { Db } from './store/db';
import { flushAppends } from './write/appends';
import { writeTransaction } from './write-transaction';

/**
 * Indexes that only readers and deletions use. Writing new articles can do
 * without them, and building one at the end, by sorting, is much cheaper than
 * keeping it up to date row by row: the keys of the first two are random (and
 * of the third too in real feeds, whose article ids are URL slugs), so every
 * batch of a large load rewrites pages all over them, the more of them the
 * more events there are. (Not `story_mentions_by_story`: merging moves a story's
 * mentions through it as the load goes.) Then the foreign keys PostgreSQL can drop
 * (Db.deferrable): checked again, all rows at once, as they are added back, after
 * the indexes deletions cascade through.
 */
const DEFERRABLE = [
	'events_by_id',
	'events_by_days',
	'events_by_article',
	'event_countries_by_event',
	'stories_by_days',
	'events_article_id_fkey',
	'event_countries_event_seq_fkey',
	'story_mentions_event_seq_fkey'
];

/** The meta row holding the definitions of the indexes a bulk load dropped and has not built yet. */
const PENDING = 'deferred_indexes';

/**
 * Drops the deferrable indexes of a database without events, recording their
 * definitions in the same transaction, so that a process killed before
 * `buildDeferredIndexes` leaves a database that knows what to build (`openDb`
 * does). False, and nothing dropped, when there are events already: the
 * loader's check of event ids (see write/bulk-load.ts) knows only the ids it wrote, and
 * rebuilding big indexes for a few more rows would cost more than it saves.
 */
export function deferIndexes(db: Db): Promise<boolean> {
	return writeTransaction(db, async (tx) => {
		if ((await tx.get('SELECT 1 FROM events LIMIT 1')) || (await indexesDeferred(tx))) return false;
		const deferred = await tx.deferrable(DEFERRABLE);
		await tx.run('INSERT INTO meta (key, value) VALUES (?, ?)', [PENDING, JSON.stringify(deferred.map((d) => d.build))]);
		for (const { drop } of deferred) await tx.exec(drop);
		return true;
	});
}

const pending = async (db: Db) => (await db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [PENDING]))?.value;

export async function indexesDeferred(db: Db): Promise<boolean> {
	return (await pending(db)) !== undefined;
}

/** Builds the indexes a bulk load dropped, if any; in one transaction, so never half of them. */
export async function buildDeferredIndexes(db: Db): Promise<void> {
	if (!(await indexesDeferred(db))) return;
	// Asked again under the write lock: another process may have built them meanwhile.
	await writeTransaction(db, async (tx) => {
		// Built over every row, those a bulk load holds back too (write/appends.ts).
		await flushAppends(tx);
		const definitions = await pending(tx);
		if (definitions === undefined) return;
		for (const definition of JSON.parse(definitions) as string[]) await tx.exec(definition);
		await tx.run('DELETE FROM meta WHERE key = ?', [PENDING]);
	});
}
