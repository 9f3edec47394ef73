import type { Db, Param } from '../db';

/**
 * Every table of the store, parents before the tables that refer to them, each with
 * the columns that order it (its key), so that it is read page by page in the same order.
 */
const TABLES: readonly { name: string; key: string }[] = [
	{ name: 'articles', key: 'rowid' },
	{ name: 'events', key: 'seq' },
	{ name: 'event_countries', key: 'country, event_seq' },
	{ name: 'meta', key: 'key' },
	{ name: 'corrections', key: 'article_id' },
	{ name: 'stories', key: 'seq' },
	{ name: 'story_mentions', key: 'event_seq' },
	{ name: 'story_aliases', key: 'alias' },
	{ name: 'article_copies', key: 'article_id' },
	{ name: 'story_corrections', key: 'seq' }
];

/** What a bulk load left to build on the source engine: SQL in its own dialect, which the source builds when opened. */
const ENGINE_ONLY_META = ['deferred_indexes'];

const PAGE = 50_000;

export interface CopiedTable {
	table: string;
	rows: number;
}

/**
 * Copies a store's contents (`from`, any engine, its schema up to date) into an empty
 * PostgreSQL store (`to`, just migrated): every table through the store's interface,
 * rows read page by page and appended with COPY (which moves each identity on past the
 * largest number copied: articles' ingest order, events', stories' and corrections' numbers). Both sides are held in a write transaction, so nothing is
 * written to the source meanwhile and a failure leaves the target as empty as it was.
 */
export async function copyStore(from: Db, to: Db, onTable?: (copied: CopiedTable) => void): Promise<CopiedTable[]> {
	if (to.engine !== 'postgres') throw new Error('the target of a copy must be a PostgreSQL store');
	const copied: CopiedTable[] = [];
	await from.transaction((source) =>
		to.transaction(async (target) => {
			await refuseNonEmpty(target);
			// The target's migrations wrote their own first meta rows; the source's replace them.
			await target.run('DELETE FROM meta');
			for (const { name, key } of TABLES) {
				const columns = await columnsOf(target, name);
				const list = columns.map((column) => `"${column}"`).join(', ');
				const skip = name === 'meta' ? ` WHERE key NOT IN (${ENGINE_ONLY_META.map(() => '?').join(', ')})` : '';
				let rows = 0;
				for (let offset = 0; ; offset += PAGE) {
					const page = await source.values<Param[]>(`SELECT ${list} FROM ${name}${skip} ORDER BY ${key} LIMIT ? OFFSET ?`, [...(skip ? ENGINE_ONLY_META : []), PAGE, offset]);
					if (page.length) await target.insertRows(name, columns, page);
					rows += page.length;
					if (page.length < PAGE) break;
				}
				copied.push({ table: name, rows });
				onTable?.(copied[copied.length - 1]);
			}
		})
	);
	// Statistics for the planner on the tables just filled.
	await (await to.tuneForBulkLoad())();
	return copied;
}

async function refuseNonEmpty(target: Db): Promise<void> {
	for (const { name } of TABLES) {
		if (name !== 'meta' && (await target.get(`SELECT 1 AS found FROM ${name} LIMIT 1`))) {
			throw new Error(`the target database is not empty (${name} has rows): copy only into a new database`);
		}
	}
}

async function columnsOf(target: Db, table: string): Promise<string[]> {
	const rows = await target.values<[string]>(
		'SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position',
		[table]
	);
	return rows.map(([column]) => column);
}
