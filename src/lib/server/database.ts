import { type Db, openDb } from './db';

let db: Db | undefined;

/** The server's one database connection, opened on first use (path from DATELINE_DB). */
export function database(): Db {
	return (db ??= openDb());
}
