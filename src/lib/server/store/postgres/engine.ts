/**
 * The store's interface (../db.ts) over PostgreSQL, through porsager's `postgres`
 * client: a pool of connections per process, prepared statements kept per
 * connection, COPY for bulk loads.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import type { Db, Deferrable, Dialect, Param } from '../db';
import { copyText } from './copy-text';
import { numberPlaceholders } from './placeholders';
import { socketWithoutDelay } from './socket';

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
	// As an array, not `IN (SELECT …)`: the planner cannot tell how many of the table such a subquery matches, and at
	// a few hundred thousand events scanned the whole table for each page of 500 articles a replay reads.
	inList: (column, type) => `${column} = ANY(ARRAY(SELECT value::${type} FROM json_array_elements_text(CAST(? AS TEXT)::json)))`
};

/** A new pool on the database at `url` (no migrations: see open.ts). */
export function connectPostgres(url: string): Db {
	const options = {
		types: numberTypes,
		// CREATE … IF NOT EXISTS and the like say so in notices; nothing the store needs to hear.
		onnotice: () => {},
		transform: { undefined: null },
		connection: { application_name: 'dateline' },
		// The client's documented custom socket (its README), which its types leave out.
		socket: socketWithoutDelay()
	};
	const sql = postgres(url, options as postgres.Options<typeof numberTypes>) as unknown as postgres.Sql;
	return new PostgresDb(sql);
}

class PostgresDb implements Db {
	readonly engine = 'postgres';
	readonly inAnotherProcess = true;
	readonly dialect = postgresDialect;
	readonly root: Db;

	/** Each table's identity columns (see insertRows), shared by the pool and its transactions. */
	private readonly identityColumns: Map<string, string[]>;

	constructor(
		private readonly sql: Client,
		root?: PostgresDb,
		readonly inTransaction = false
	) {
		this.root = root ?? this;
		this.identityColumns = root?.identityColumns ?? new Map();
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
		// The identity columns given, and the largest number given in each as the rows go by.
		const given = (await this.identities(table)).flatMap((column) => (columns.includes(column) ? [{ column, at: columns.indexOf(column), max: 0 }] : []));
		function* noted(): Generator<readonly Param[]> {
			for (const row of rows) {
				for (const g of given) if ((row[g.at] as number) > g.max) g.max = row[g.at] as number;
				yield row;
			}
		}
		// The client's query object settles through its own `reject`, which its types do not declare.
		type Settled = { reject(error: unknown): void };
		const query = this.sql.unsafe(`COPY ${identifier(table)} (${columns.map(identifier).join(', ')}) FROM STDIN`) as postgres.PendingQuery<postgres.Row[]> & Settled;
		// A COPY the server refuses after its last row (a duplicate key, say) never finishes its stream: the client
		// rejects only the query, which resolved to the stream long before (porsager/postgres#1173, unfixed in 3.4.9).
		// That rejection is taken here, so that the transaction fails and rolls back instead of waiting forever.
		const refused = new Promise<never>((_, reject) => {
			const settle = query.reject;
			query.reject = (error: unknown) => (reject(error), settle(error));
		});
		refused.catch(() => {}); // it may come after the pipeline has failed with the same error
		const copy = await query.writable();
		await Promise.race([pipeline(Readable.from(copyText(given.length ? noted() : rows)), copy), refused]);
		// Rows given their own numbers leave an identity's sequence behind; the next row numbered by the database would
		// take a number in use. Moved on past the largest given, as SQLite numbers the next row, and never back.
		for (const { column, max } of given) {
			await this.query('SELECT setval(pg_get_serial_sequence(?, ?), GREATEST(?, nextval(pg_get_serial_sequence(?, ?))), false)', [table, column, max + 1, table, column]);
		}
	}

	/** A table's identity columns: asked once per table and pool (information_schema takes tens of milliseconds). */
	private async identities(table: string): Promise<string[]> {
		let identities = this.identityColumns.get(table);
		if (!identities) {
			const rows = await this.values<[string]>(
				"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'",
				[table]
			);
			this.identityColumns.set(table, (identities = rows.map(([column]) => column)));
		}
		return identities;
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

	async deferrable(names: readonly string[]): Promise<Deferrable[]> {
		const named = [JSON.stringify(names)];
		const indexes = await this.values<[string, string]>(
			`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND ${this.dialect.inList('indexname', 'text')}`,
			named
		);
		const keys = await this.values<[string, string, string]>(
			`SELECT c.conname, t.relname, pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
			 WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND ${this.dialect.inList('c.conname', 'text')}`,
			named
		);
		const byName = new Map<string, Deferrable>();
		for (const [name, build] of indexes) byName.set(name, { name, drop: `DROP INDEX IF EXISTS ${identifier(name)}`, build });
		for (const [name, table, definition] of keys) {
			const [t, n] = [identifier(table), identifier(name)];
			byName.set(name, { name, drop: `ALTER TABLE ${t} DROP CONSTRAINT IF EXISTS ${n}`, build: `ALTER TABLE ${t} ADD CONSTRAINT ${n} ${definition}` });
		}
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
