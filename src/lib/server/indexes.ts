import type { Db } from './open-database';
import { preparedFor } from './statements';
import { writeTransaction } from './write-transaction';

/**
 * Indexes that only readers and deletions use. Writing new articles can do
 * without them, and building one at the end, by sorting, is much cheaper than
 * keeping it up to date row by row: the keys of the first two are random (and
 * of the third too in real feeds, whose article ids are URL slugs), so every
 * batch of a large load rewrites pages all over them, the more of them the
 * more events there are. (Not `story_mentions_by_story`: merging moves a story's
 * mentions through it as the load goes.)
 */
const DEFERRABLE = ['events_by_id', 'events_by_days', 'events_by_article', 'event_countries_by_event', 'stories_by_days'];

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
export function deferIndexes(db: Db): boolean {
	return writeTransaction(db, () => {
		if (db.prepare('SELECT 1 FROM events LIMIT 1').get() || indexesDeferred(db)) return false;
		const marks = DEFERRABLE.map(() => '?').join(', ');
		const definitions = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'index' AND name IN (${marks})`).pluck().all(...DEFERRABLE) as string[];
		db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(PENDING, JSON.stringify(definitions));
		for (const name of DEFERRABLE) db.exec(`DROP INDEX IF EXISTS ${name}`);
		return true;
	});
}

/** Prepared once per connection: writers ask before every article. */
const sql = preparedFor((db) => ({ pending: db.prepare('SELECT value FROM meta WHERE key = ?').pluck() }));
const pending = (db: Db) => sql(db).pending.get(PENDING) as string | undefined;

export function indexesDeferred(db: Db): boolean {
	return pending(db) !== undefined;
}

/** Builds the indexes a bulk load dropped, if any; in one transaction, so never half of them. */
export function buildDeferredIndexes(db: Db): void {
	if (!indexesDeferred(db)) return;
	// Asked again under the write lock: another process may have built them meanwhile.
	writeTransaction(db, () => {
		const definitions = pending(db);
		if (definitions === undefined) return;
		for (const definition of JSON.parse(definitions) as string[]) db.exec(definition);
		db.prepare('DELETE FROM meta WHERE key = ?').run(PENDING);
	});
}
