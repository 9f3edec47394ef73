import { type Db, openDb } from './open-database';

let db: Db | undefined;

/**
 * The server's one database connection, opened on first use (path from DATELINE_DB).
 * Endpoints use this; the CLI and tests open their own with `openDb`.
 */
export function database(): Db {
	return (db ??= openDb());
}
