import type { Db } from './open-database';
import { preparedFor } from './statements';

const sql = preparedFor((db) => ({
	read: db.prepare(`SELECT value FROM meta WHERE key = 'dataset_version'`).pluck(),
	bump: db.prepare(`UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'dataset_version'`)
}));

/**
 * The dataset version changes with every write, so clients can cache the
 * event index by it (it is the index's ETag) and the server its answers.
 */
export function datasetVersion(db: Db): string {
	return sql(db).read.get() as string;
}

export function bumpDatasetVersion(db: Db): void {
	sql(db).bump.run();
}
