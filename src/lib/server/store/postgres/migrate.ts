import type { Db } from '../db';
import { migrations } from './migrations';

/**
 * Applies the migrations this database has not seen yet, one transaction each; returns
 * the schema version. The number applied is kept in the database (`schema_version`) and
 * read again under the write lock before each step, so that two processes opening a new
 * database at once apply each migration once. A database newer than the code is refused.
 */
export async function migrate(db: Db, steps: readonly string[] = migrations): Promise<number> {
	for (;;) {
		const version = await db.transaction(async (tx) => {
			await tx.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
			const row = await tx.get<{ version: number }>('SELECT version FROM schema_version');
			const version = row?.version ?? 0;
			if (version > steps.length) {
				throw new Error(`database schema version ${version} is newer than this Dateline (${steps.length}); upgrade Dateline`);
			}
			if (version === steps.length) return version;
			await tx.exec(steps[version]);
			if (row) await tx.run('UPDATE schema_version SET version = ?', [version + 1]);
			else await tx.run('INSERT INTO schema_version (version) VALUES (?)', [version + 1]);
			return version + 1;
		});
		if (version >= steps.length) return version;
	}
}
