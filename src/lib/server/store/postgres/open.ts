import type { Db } from '../db';
import { buildDeferredIndexes } from '../../indexes';
import { connectPostgres } from './engine';
import { migrate } from './migrate';

/** Opens the PostgreSQL database at `url` (postgres://…) and brings its schema up to date. */
export async function openPostgres(url: string): Promise<Db> {
	const db = connectPostgres(url);
	try {
		// A bulk load killed before it built its indexes left them to the next opening (as on SQLite).
		if (await db.get("SELECT 1 AS found FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'meta'")) await buildDeferredIndexes(db);
		await migrate(db);
	} catch (error) {
		await db.close();
		throw error;
	}
	return db;
}
