import Database from 'better-sqlite3';
import type { Db, Deferrable, Dialect, Param } from '../db';

type Statement = Database.Statement<Param[], unknown>;

/** A better-sqlite3 connection with its statements, each prepared once per SQL string. */
class Connection {
	private readonly objects = new Map<string, Statement>();
	private readonly arrays = new Map<string, Statement>();

	constructor(readonly raw: Database.Database) {}

	/** The statement for `sql`, rows as objects, or with `values` as arrays (better-sqlite3's `raw` mode). */
	statement(sql: string, values = false): Statement {
		const cache = values ? this.arrays : this.objects;
		let statement = cache.get(sql);
		if (statement === undefined) {
			statement = this.raw.prepare<Param[], unknown>(sql);
			if (values) statement.raw(true);
			cache.set(sql, statement);
		}
		return statement;
	}
}

/**
 * One at a time: the next caller waits for the previous one's release. Writers in this process take
 * it before BEGIN IMMEDIATE, which then only waits for other processes (SQLite's busy timeout).
 */
class Mutex {
	private last: Promise<void> = Promise.resolve();

	async acquire(): Promise<() => void> {
		let release!: () => void;
		const previous = this.last;
		this.last = new Promise<void>((resolve) => (release = resolve));
		await previous;
		return release;
	}
}

const dialect: Dialect = {
	inList: (column) => `${column} IN (SELECT value FROM json_each(?))`
};

/** What a database and its transactions share: the writer's connection, the readers', and the writers' lock. */
interface Shared {
	writer: Connection;
	/** The last committed state, for the outer handle's reads while a transaction is open (WAL); the writer for `:memory:`. */
	reader: Connection;
	lock: Mutex;
	root: SqliteDb;
}

/** A large WAL before checkpoints during a bulk load (see write/bulk-load.ts), and patience for other writers. */
const BULK_WAL_BYTES = 1 << 30;
const BULK_PATIENCE_MS = 120_000;

/**
 * The store's interface (../db.ts) over better-sqlite3. Every call runs synchronously
 * and resolves at once: SQLite runs in this process, and the promise only keeps the
 * interface PostgreSQL's engine needs.
 */
export class SqliteDb implements Db {
	readonly engine = 'sqlite' as const;
	readonly inAnotherProcess = false;
	readonly dialect = dialect;

	private constructor(
		private readonly shared: Shared,
		readonly inTransaction: boolean,
		/** Savepoints open below this handle's transaction. */
		private readonly depth: number
	) {}

	/** A database over a connection already opened (see open.ts); `reader`, a read-only one to the same file, if any. */
	static over(writer: Database.Database, reader?: Database.Database): SqliteDb {
		const connection = new Connection(writer);
		const shared = { writer: connection, reader: reader ? new Connection(reader) : connection, lock: new Mutex() } as Shared;
		shared.root = new SqliteDb(shared, false, 0);
		return shared.root;
	}

	get root(): Db {
		return this.shared.root;
	}

	/** The better-sqlite3 connection that writes: for the engine's own settings (open.ts) and SQLite-only tests. */
	get connection(): Database.Database {
		return this.shared.writer.raw;
	}

	/** Reads go to the writer inside a transaction, else to the reader, which never sees uncommitted writes. */
	private get reads(): Connection {
		return this.inTransaction ? this.shared.writer : this.shared.reader;
	}

	async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
		return this.reads.statement(sql).all(...params) as T[];
	}

	async get<T>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
		return this.reads.statement(sql).get(...params) as T | undefined;
	}

	async values<T extends unknown[]>(sql: string, params: readonly Param[] = []): Promise<T[]> {
		return this.reads.statement(sql, true).all(...params) as T[];
	}

	async run(sql: string, params: readonly Param[] = []): Promise<number> {
		if (!this.inTransaction) return this.transaction((tx) => tx.run(sql, params));
		return this.shared.writer.statement(sql).run(...params).changes;
	}

	async exec(sql: string): Promise<void> {
		if (!this.inTransaction) return this.transaction((tx) => tx.exec(sql));
		this.shared.writer.raw.exec(sql);
	}

	async insertRows(table: string, columns: readonly string[], rows: Iterable<readonly Param[]>): Promise<void> {
		if (!this.inTransaction) return this.transaction((tx) => tx.insertRows(table, columns, rows));
		const insert = this.shared.writer.statement(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
		for (const row of rows) insert.run(...row);
	}

	async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
		const { writer, lock } = this.shared;
		if (this.inTransaction) {
			const name = `nested_${this.depth + 1}`;
			writer.raw.exec(`SAVEPOINT ${name}`);
			try {
				const result = await work(new SqliteDb(this.shared, true, this.depth + 1));
				writer.raw.exec(`RELEASE ${name}`);
				return result;
			} catch (error) {
				if (writer.raw.inTransaction) writer.raw.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
				throw error;
			}
		}
		const release = await lock.acquire();
		try {
			// IMMEDIATE: the write lock as it begins, so that what the work reads stays true until it commits.
			writer.raw.exec('BEGIN IMMEDIATE');
			try {
				const result = await work(new SqliteDb(this.shared, true, 0));
				writer.raw.exec('COMMIT');
				return result;
			} catch (error) {
				if (writer.raw.inTransaction) writer.raw.exec('ROLLBACK');
				throw error;
			}
		} finally {
			release();
		}
	}

	async deferrable(names: readonly string[]): Promise<Deferrable[]> {
		const rows = await this.values<[string, string]>(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND ${dialect.inList('name', 'text')}`, [
			JSON.stringify(names)
		]);
		const build = new Map(rows);
		return names.flatMap((name) => (build.has(name) ? [{ name, drop: `DROP INDEX IF EXISTS ${name}`, build: build.get(name)! }] : []));
	}

	/**
	 * How much WAL a bulk load lets grow before copying it into the database: each checkpoint copies and syncs
	 * the file, and batches rewrite pages the one before wrote (the tails of the tables, the indexes kept), copied
	 * once per checkpoint: at SQLite's default of 1000 pages (16 MiB here), a million events checkpointed about a
	 * hundred times and wrote 1.63 GiB for a 0.55 GiB file; with 1 GiB, 1.45 GiB, in about 15% less time.
	 * And how long a batch waits for another writer: a server opened during the load builds the indexes the load
	 * dropped (see open.ts), which holds the database for seconds at a million events; with the usual five seconds
	 * the load stopped, "database is locked".
	 */
	async tuneForBulkLoad(): Promise<() => Promise<void>> {
		const db = this.shared.writer.raw;
		const checkpointPages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
		const pageSize = db.pragma('page_size', { simple: true }) as number;
		db.pragma(`wal_autocheckpoint = ${Math.max(checkpointPages, Math.ceil(BULK_WAL_BYTES / pageSize))}`);
		const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
		db.pragma(`busy_timeout = ${Math.max(busyTimeout, BULK_PATIENCE_MS)}`);
		return async () => {
			db.pragma(`busy_timeout = ${busyTimeout}`);
			db.pragma(`wal_autocheckpoint = ${checkpointPages}`);
			// Gives the disk back the WAL the load grew, instead of keeping it for reuse.
			db.pragma('wal_checkpoint(TRUNCATE)');
		};
	}

	async close(): Promise<void> {
		const { writer, reader } = this.shared;
		if (reader !== writer) reader.raw.close();
		writer.raw.close();
	}
}
