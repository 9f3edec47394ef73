import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { type EventIndex, decodeIndex } from '../domain/event-index';
import { indexBytesOf } from './index-bytes';
import type { Db } from './store/db';
import { writeTransaction } from './write-transaction';

/**
 * The compact indexes a server built in full, kept in the database (a `meta` row each) with what they were
 * built from (`State`: the last event number, the last story written), so that a server that starts, or
 * another server on the same database, brings them up to date by reading only what changed since, as a
 * running server does after a write, instead of reading every row again: a second or more at a million
 * events. Written after each full build only, the one costly case; a cache that no longer fits (events
 * removed since) is passed over by its reader, which builds in full and writes it again.
 */
export interface CachedIndex<State> {
	index: EventIndex;
	state: State;
}

const gunzipped = promisify(gunzip);
const keyOf = (name: string) => `index_cache:${name}`;

export async function readCachedIndex<State>(db: Db, name: string): Promise<CachedIndex<State> | null> {
	const row = await db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [keyOf(name)]);
	if (!row) return null;
	try {
		const { state, gzip: bytes } = JSON.parse(row.value) as { state: State; gzip: string };
		const raw = await gunzipped(Buffer.from(bytes, 'base64'));
		// A copy the index's views own: the buffer node's zlib hands back may be a slice of a larger pool.
		return { index: decodeIndex(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer), state };
	} catch {
		// Unreadable (written by another version of the format, or cut short): as if there were none.
		return null;
	}
}

/** Keeps an index built in full, with its state; a failure (the database busy, say) only leaves the cache as it was. */
export async function writeCachedIndex<State>(db: Db, name: string, index: EventIndex, state: State): Promise<void> {
	// The bytes the server sends too (index-bytes.ts): encoded once.
	const { gzip } = await indexBytesOf(index);
	const value = JSON.stringify({ state, gzip: Buffer.from(gzip.buffer, gzip.byteOffset, gzip.byteLength).toString('base64') });
	try {
		await writeTransaction(db, (tx) =>
			tx.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [keyOf(name), value])
		);
	} catch {
		// A cache: the next full build tries again.
	}
}
