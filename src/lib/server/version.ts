import type { Db } from './db';

/**
 * The dataset version changes with every write, so clients can cache the
 * event index by it (it is the index's ETag).
 */
export function datasetVersion(db: Db): string {
	return (db.prepare(`SELECT value FROM meta WHERE key = 'dataset_version'`).get() as { value: string }).value;
}

export function bumpDatasetVersion(db: Db): void {
	db.prepare(`UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'dataset_version'`).run();
}
