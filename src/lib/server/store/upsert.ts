import type { Db, Param } from './db';

/**
 * Rows per statement: a transaction writes thousands of rows at a time (a bulk load's faces, aliases), and a
 * statement each cost a call (on PostgreSQL a round trip) per row. The stories' 16 columns × 64 rows stay far below
 * either engine's limit of parameters.
 */
const ROWS_PER_STATEMENT = 64;

/**
 * Writes rows, each replacing the row with its `key` (a unique column) if there is one, 64 to a statement.
 * A key must not come twice among the rows (PostgreSQL refuses to change a row twice in one statement).
 */
export async function upsertRows(tx: Db, table: string, columns: readonly string[], key: string, rows: readonly Param[][]): Promise<void> {
	const update = columns
		.filter((c) => c !== key)
		.map((c) => `${c} = excluded.${c}`)
		.join(', ');
	const statement = (count: number) =>
		`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: count }, () => `(${columns.map(() => '?').join(', ')})`).join(', ')}
		 ON CONFLICT (${key}) DO UPDATE SET ${update}`;
	const full = statement(ROWS_PER_STATEMENT);
	for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
		const chunk = rows.slice(at, at + ROWS_PER_STATEMENT);
		await tx.run(chunk.length === ROWS_PER_STATEMENT ? full : statement(chunk.length), chunk.flat());
	}
}
