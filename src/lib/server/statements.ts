import type { Db } from './open-database';

/**
 * Statements prepared once per connection, on first use: preparing costs more
 * than running the small statements the store runs per article, and a statement
 * belongs to the connection that prepared it.
 *
 *   const sql = preparedFor((db) => ({ byId: db.prepare('SELECT … WHERE id = ?') }));
 *   sql(db).byId.get(id);
 */
export function preparedFor<T>(prepare: (db: Db) => T): (db: Db) => T {
	const prepared = new WeakMap<Db, T>();
	return (db) => {
		let statements = prepared.get(db);
		if (statements === undefined) prepared.set(db, (statements = prepare(db)));
		return statements;
	};
}
