/**
 * The one interface every part of the store talks to, whichever engine is
 * behind it: SQLite (better-sqlite3, the zero-setup default) or PostgreSQL
 * (several app servers on one database). Routes, ingest and the CLI only see
 * this; each engine implements it in its own folder (sqlite/, postgres/).
 *
 * SQL is written once, in the part of SQL both engines speak:
 * - parameters are `?`, bound in order (PostgreSQL's engine numbers them);
 * - upserts are `INSERT … ON CONFLICT (…) DO UPDATE/NOTHING`, never `INSERT OR …`;
 * - identifiers that are keywords in PostgreSQL are quoted: `"end"`;
 * - a set of numbers or ids bound as one parameter, a JSON array, is matched with `dialect.inList`;
 * - `articles.rowid` is the ingest order on both (PostgreSQL has a column of that name);
 * - counts and sums come back as JavaScript numbers on both.
 */
export type Param = string | number | null;

export interface Db {
	readonly engine: 'sqlite' | 'postgres';
	/** SQL that differs between the engines. */
	readonly dialect: Dialect;
	/**
	 * The connection this handle belongs to, the same object for a database and every
	 * transaction on it: what a process keeps per database (stories in memory) is keyed by it.
	 */
	readonly root: Db;
	/** True on a handle given to `transaction`'s work. */
	readonly inTransaction: boolean;
	/**
	 * Whether statements run in another process (a database server), so that work this process does while it
	 * waits for one goes on beside it (see write/commit-in-turn.ts); SQLite's run in this thread, and no wait is left to fill.
	 */
	readonly inAnotherProcess: boolean;

	/** Rows as objects keyed by column name. */
	all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
	/** The first row as an object, or undefined. */
	get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
	/** Rows as arrays of their columns in the SELECT's order: the fast way to read many rows. */
	values<T extends unknown[]>(sql: string, params?: readonly Param[]): Promise<T[]>;
	/** Runs one statement; the number of rows it changed. */
	run(sql: string, params?: readonly Param[]): Promise<number>;
	/** Runs several statements without parameters (schema changes). */
	exec(sql: string): Promise<void>;
	/**
	 * Appends rows, each its columns' values in `columns`' order, as fast as the engine can
	 * (COPY on PostgreSQL, one prepared INSERT on SQLite). For bulk loads; no conflict handling.
	 */
	insertRows(table: string, columns: readonly string[], rows: Iterable<readonly Param[]>): Promise<void>;

	/**
	 * Runs `work` in one write transaction, committed when it resolves and rolled back when it
	 * throws. Writers go one at a time across every process on the database (SQLite's
	 * BEGIN IMMEDIATE; a PostgreSQL advisory lock taken as the transaction begins), so that
	 * what one writer reads stays true until it commits. Everything the work does goes through
	 * `tx`; the outer handle reads outside the transaction. Nested (on a `tx`), a savepoint.
	 */
	transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;

	/**
	 * Of the named indexes and foreign keys, those that exist, in the order named: how to drop each and how to build
	 * it again later (a bulk load does without them: indexes.ts). Foreign keys only where the engine can drop one:
	 * PostgreSQL checks each row's with a trigger, a tenth of a COPY's time; SQLite cannot drop one without
	 * rebuilding its table, and checks it in the same lookup-cheap process.
	 */
	deferrable(names: readonly string[]): Promise<Deferrable[]>;
	/**
	 * Settings for a bulk load on this connection (a larger WAL before checkpoints on SQLite, …);
	 * the function returned puts them back and gives back space the load used.
	 */
	tuneForBulkLoad(): Promise<() => Promise<void>>;
	close(): Promise<void>;
}

/** An index or a constraint a bulk load drops (`drop`) and builds again at its end (`build`). */
export interface Deferrable {
	name: string;
	drop: string;
	build: string;
}

export interface Dialect {
	/**
	 * A condition: `column` is one of the elements of a JSON array bound as one `?`, as integers or text:
	 * `WHERE ${db.dialect.inList('seq', 'integer')}`. Found through the column's index on both engines.
	 */
	inList(column: string, type: 'integer' | 'text'): string;
}
