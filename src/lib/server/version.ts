import type { Db } from './store/db';

/**
 * The dataset version changes with every write, so clients can cache the
 * event index by it (it is the index's ETag) and the server its answers.
 */
export async function datasetVersion(db: Db): Promise<string> {
	return (await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'dataset_version'`))!.value;
}

export async function bumpDatasetVersion(tx: Db): Promise<void> {
	await tx.run(`UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'dataset_version'`);
}
