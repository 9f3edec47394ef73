import type { Db } from './db';

/** Where the SQLite database lives: DATELINE_DB, by default `data/dateline.sqlite`. */
export function dbPath(): string {
	return process.env.DATELINE_DB || 'data/dateline.sqlite';
}

/** A PostgreSQL server's address, when DATELINE_DATABASE_URL names one; anything else there is a mistake, not SQLite. */
function postgresUrl(): string | undefined {
	const url = process.env.DATELINE_DATABASE_URL;
	if (!url) return undefined;
	if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATELINE_DATABASE_URL must be a postgres:// or postgresql:// address (unset it for SQLite at DATELINE_DB)');
	return url;
}

/** The database the store uses, to name it in messages: the PostgreSQL address without its password, or the SQLite file. */
export function databaseName(): string {
	const url = postgresUrl();
	if (!url) return dbPath();
	const shown = new URL(url);
	if (shown.password) shown.password = 'xxx';
	return shown.href;
}

/**
 * Opens the store and brings its schema up to date: PostgreSQL when DATELINE_DATABASE_URL is a
 * `postgres://` address, else the SQLite file at `location` (by default DATELINE_DB). A new
 * connection each call, for the CLI, the benchmark and tests (the server keeps one, see connection.ts).
 */
export async function openDb(location?: string): Promise<Db> {
	const url = location === undefined ? postgresUrl() : undefined;
	if (url) return openPostgresEngine(url);
	const { openSqlite } = await import('./sqlite/open');
	return openSqlite(location ?? dbPath());
}

/** Loaded only when asked for, so that SQLite never loads the PostgreSQL client. */
async function openPostgresEngine(url: string): Promise<Db> {
	const { openPostgres } = await import('./postgres/open');
	return openPostgres(url);
}
