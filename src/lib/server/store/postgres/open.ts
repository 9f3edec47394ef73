import type { Db } from '../db';
import { connectPostgres } from './engine';
import { migrate } from './migrate';

/** Opens the PostgreSQL database at `url` (postgres://…) and brings its schema up to date. */
export async function openPostgres(url: string): Promise<Db> {
	const db = connectPostgres(url);
	try {
		await migrate(db);
	} catch (error) {
		await db.close();
		throw error;
	}
	return db;
}
