import type { Db } from './db';

const statements = new WeakMap<Db, { read: () => string; bump: () => void }>();
function prepared(db: Db) {
	let s = statements.get(db);
	if (!s) {
		const read = db.prepare(`SELECT value FROM meta WHERE key = 'dataset_version'`).pluck();
		const bump = db.prepare(`UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'dataset_version'`);
		statements.set(db, (s = { read: () => read.get() as string, bump: () => void bump.run() }));
	}
	return s;
}

/**
 * The dataset version changes with every write, so clients can cache the
 * event index by it (it is the index's ETag) and the server its answers.
 */
export function datasetVersion(db: Db): string {
	return prepared(db).read();
}

export function bumpDatasetVersion(db: Db): void {
	prepared(db).bump();
}
