import type { Db } from './store/db';

const running = new WeakMap<Db, Map<string, Promise<unknown>>>();

/**
 * Runs `work` once the work of the same key on the same database that was asked before it has ended, so that
 * two readers never build one index at once: the server builds its indexes as it starts (hooks.server.ts), and a
 * request meanwhile waits for that build, then finds it done (and at most reads what was written since) instead
 * of building a second one. A failure is its own caller's; the next in line runs anyway.
 */
export function oneAtATime<T>(db: Db, key: string, work: () => Promise<T>): Promise<T> {
	let queue = running.get(db.root);
	if (!queue) running.set(db.root, (queue = new Map()));
	const before = queue.get(key) ?? Promise.resolve();
	const mine = before.catch(() => undefined).then(work);
	queue.set(key, mine);
	return mine;
}
