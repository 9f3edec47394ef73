import type { Db } from '../open-database';
import { preparedFor } from '../statements';

const sql = preparedFor((db) => ({
	byId: db.prepare('SELECT seq FROM stories WHERE id = ?').pluck(),
	alias: db.prepare('SELECT story FROM story_aliases WHERE alias = ?').pluck(),
	ofEvent: db.prepare('SELECT m.story_seq FROM events e JOIN story_mentions m ON m.event_seq = e.seq WHERE e.id = ?').pluck()
}));

/** Aliases followed at most: an alias names a story that may itself have been merged into another since. */
const HOPS = 16;

/**
 * The number of the story an id opens, so that old links keep working: a
 * story's id; the id of a story merged into another (an alias); `st-` + an
 * event's id, its story's original id, once that event sits in another story;
 * an event's own id (the links made before stories). Undefined when none.
 */
export function resolveStory(db: Db, id: string): number | undefined {
	const statements = sql(db);
	let current = id;
	for (let hop = 0; hop < HOPS; hop++) {
		const seq = statements.byId.get(current) as number | undefined;
		if (seq !== undefined) return seq;
		const next = statements.alias.get(current) as string | undefined;
		if (next === undefined || next === current) break;
		current = next;
	}
	const event = id.startsWith('st-') ? id.slice(3) : id;
	return (statements.ofEvent.get(event) as number | undefined) ?? (event === current ? undefined : (statements.ofEvent.get(current.replace(/^st-/, '')) as number | undefined));
}
