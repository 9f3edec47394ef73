import type { Db } from './store/db';
import { openDb } from './store/open';

let db: Promise<Db> | undefined;

/**
 * The server's one database, opened on first use (see store/open.ts for which) and
 * shared by every request. Endpoints use this; the CLI and tests open their own with `openDb`.
 */
export function database(): Promise<Db> {
	if (!db) {
		db = openDb();
		// adapter-node's graceful stop (SIGTERM, SIGINT) closes the HTTP server, then says so: the database goes
		// too, or the connections of a PostgreSQL pool would keep the process running after it stopped serving.
		process.once('sveltekit:shutdown', () => void db?.then((open) => open.close()));
	}
	return db;
}
