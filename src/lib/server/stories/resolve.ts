import type { Db } from '../store/db';

/** The one column of the first row, or undefined. */
const one = async <T>(db: Db, sql: string, id: string) => (await db.values<[T]>(sql, [id]))[0]?.[0];
const byId = (db: Db, id: string) => one<number>(db, 'SELECT seq FROM stories WHERE id = ?', id);
const alias = (db: Db, id: string) => one<string>(db, 'SELECT story FROM story_aliases WHERE alias = ?', id);
const ofEvent = (db: Db, id: string) => one<number>(db, 'SELECT m.story_seq FROM events e JOIN story_mentions m ON m.event_seq = e.seq WHERE e.id = ?', id);

/** Aliases followed at most: an alias names a story that may itself have been merged into another since. */
const HOPS = 16;

/**
 * The number of the story an id opens, so that old links keep working: a
 * story's id; the id of a story merged into another (an alias); `st-` + an
 * event's id, its story's original id, once that event sits in another story;
 * an event's own id (the links made before stories). Undefined when none.
 */
export async function resolveStory(db: Db, id: string): Promise<number | undefined> {
	let current = id;
	for (let hop = 0; hop < HOPS; hop++) {
		const seq = await byId(db, current);
		if (seq !== undefined) return seq;
		const next = await alias(db, current);
		if (next === undefined || next === current) break;
		current = next;
	}
	const event = id.startsWith('st-') ? id.slice(3) : id;
	return (await ofEvent(db, event)) ?? (event === current ? undefined : await ofEvent(db, current.replace(/^st-/, '')));
}
