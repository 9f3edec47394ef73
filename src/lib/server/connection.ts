import type { Db } from './store/db';
import { openDb } from './store/open';

let db: Promise<Db> | undefined;

/**
 * The server's one database, opened on first use (see store/open.ts for which) and
 * shared by every request. Endpoints use this; the CLI and tests open their own with `openDb`.
 */
export function database(): Promise<Db> {
	return (db ??= openDb());
}
