/**
 * The store's interface (../db.ts) over PostgreSQL, through porsager's `postgres`
 * client: a pool of connections per process, prepared statements kept per
 * connection, COPY for bulk loads.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import type { Db, Dialect, Param } from '../db';
import { copyText } from './copy-text';
import { numberPlaceholders } from './placeholders';

type Client = postgres.Sql | postgres.TransactionSql;
type Values = postgres.ParameterOrJSON<never>[];

/**
 * The advisory lock every write transaction takes as it begins, on every process of the
 * database: writers go one at a time, as SQLite's BEGIN IMMEDIATE makes them. Any constant
 * would do; this one spells "DATELINE" in ASCII, to be recognisable in pg_locks.
 */
export const WRITE_LOCK = 0x444154454c494e45n;

/** Counts and sums (bigint, numeric) come back as JavaScript numbers, as SQLite gives them. */
const numberTypes = {
	bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) },
	numeric: { to: 1700, from: [1700], serialize: (x: number) => String(x), parse: (x: string) => Number(x) }
};

export const postgresDialect: Dialect = {
	// Bound as text, then read as JSON: a parameter typed json would be given to the client, which encodes it again.
	jsonList: (type) => `SELECT value::${type} FROM json_array_elements_text(CAST(? AS TEXT)::json)`
};

/** A new pool on the database at `url` (no migrations: see open.ts). */
export function connectPostgres(url: string): Db {
	const sql = postgres(url, {
		types: numberTypes,
		// CREATE … IF NOT EXISTS and the like say so in notices; nothing the store needs to hear.
		onnotice: () => {},
		transform: { undefined: null },
		connection: { application_name: 'dateline' }
	}) as unknown as postgres.Sql;
	return new PostgresDb(sql);
}

class PostgresDb implements Db {
	readonly engine = 'postgres';
	readonly dialect = postgresDialect;
	readonly root: Db;

	/** Each table's identity columns (see advanceIdentities), shared by the pool and its transactions. */
	private readonly identities: Map<string, [string][]>;

	constructor(
		private readonly sql: Client,
		root?: PostgresDb,
		readonly inTransaction = false
	) {
		this.root = root ?? this;
		this.identities = root?.identities ?? new Map();
	}

	async all<T>(text: string, params: readonly Param[] = []): Promise<T[]> {
		return (await this.query(text, params)) as unknown as T[];
	}

	async get<T>(text: string, params: readonly Param[] = []): Promise<T | undefined> {
		return (await this.query(text, params))[0] as T | undefined;
	}

	async values<T extends unknown[]>(text: string, params: readonly Param[] = []): Promise<T[]> {
		return (await this.query(text, params).values()) as unknown as T[];
	}

	async run(text: string, params: readonly Param[] = []): Promise<number> {
		return (await this.query(text, params)).count;
	}

	async exec(text: string): Promise<void> {
		// The simple protocol: several statements in one string, no parameters.
		await this.sql.unsafe(text).simple();
	}

	async insertRows(table: string, columns: readonly string[], rows: Iterable<readonly Param[]>): Promise<void> {
		const copy = await this.sql.unsafe(`COPY ${identifier(table)} (${columns.map(identifier).join(', ')}) FROM STDIN`).writable();
		await pipeline(Readable.from(copyText(rows)), copy);
		await this.advanceIdentities(table, columns);
	}

	/**
	 * Rows given their own numbers leave an identity's sequence behind; the next row numbered by the
	 * database would take a number in use. Moved on past the largest, as SQLite numbers the next row.
	 */
	private async advanceIdentities(table: string, columns: readonly string[]): Promise<void> {
		// Asked once per table and pool: information_schema takes tens of milliseconds, and a write transaction appends with each commit.
		let identities = this.identities.get(table);
		if (!identities) {
			identities = await this.values<[string]>(
				"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'",
				[table]
			);
			this.identities.set(table, identities);
		}
		for (const [column] of identities) {
			if (!columns.includes(column)) continue;
			await this.get(`SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(${identifier(column)}) FROM ${identifier(table)}), 0) + 1, false)`, [
				table,
				column
			]);
		}
	}

	async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
		if (this.inTransaction) {
			const tx = this.sql as postgres.TransactionSql;
			return (await tx.savepoint((inner) => work(new PostgresDb(inner, this.root as PostgresDb, true)))) as T;
		}
		const result = await (this.sql as postgres.Sql).begin(async (tx) => {
			await tx.unsafe(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
			// Wrapped, so that the client does not take an array the work returns for queries to run.
			return { value: await work(new PostgresDb(tx, this.root as PostgresDb, true)) };
		});
		return result.value as T;
	}

	async indexDefinitions(names: readonly string[]): Promise<string[]> {
		const rows = await this.all<{ indexname: string; indexdef: string }>(
			`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN (${this.dialect.jsonList('text')})`,
			[JSON.stringify(names)]
		);
		const byName = new Map(rows.map((row) => [row.indexname, row.indexdef]));
		return names.flatMap((name) => byName.get(name) ?? []);
	}

	async tuneForBulkLoad(): Promise<() => Promise<void>> {
		// Nothing to set before: COPY is already the fast path, and a pool has no one session to tune.
		// After: fresh statistics for the planner, and (outside a transaction) the visibility map
		// set, so that the compact index is read from its covering index alone.
		return async () => {
			await this.sql.unsafe(this.inTransaction ? 'ANALYZE' : 'VACUUM (ANALYZE)');
		};
	}

	async close(): Promise<void> {
		if (this.root === this) await (this.sql as postgres.Sql).end();
	}

	private query(text: string, params: readonly Param[]) {
		return this.sql.unsafe(numberPlaceholders(text), params as Values, { prepare: true });
	}
}

/** A table or column name as given, quoted unless it already is (`end` is a keyword in PostgreSQL). */
function identifier(name: string): string {
	return name.startsWith('"') ? name : `"${name}"`;
}
