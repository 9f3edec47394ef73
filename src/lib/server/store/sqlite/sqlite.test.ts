/** The SQLite engine's own behaviour: its settings, migrations of its files, its write-ahead log, other processes' locks. */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleCount } from '../../queries';
import { beginBulkLoad, deleteArticle, storeBatch } from '../../write';
import type { Db } from '../db';
import { openDb } from '../open';
import { seedDraft, second } from '../test-articles';
import { INDEXES, indexNames, sqlite, sqlitePath } from '../test-databases';
import { SqliteDb } from './engine';
import { migrations } from './migrations';
import { migrate, openSqlite, sqliteConnection } from './open';

let db: Db;
afterEach(async () => {
	await db.close();
});
const indexes = (conn: Db = db) => indexNames(conn);

describe('the store on SQLite only (its own settings and files)', () => {
	beforeEach(async () => {
		db = await sqlite.fresh();
	});
	const connection = () => sqliteConnection(db);
	const path = () => connection().name;

	it('creates its schema in WAL mode at the latest version', () => {
		expect(connection().pragma('journal_mode', { simple: true })).toBe('wal');
		expect(connection().pragma('user_version', { simple: true })).toBe(migrations.length);
	});

	describe('migrations', () => {
		it('apply forward from an older version and never twice', async () => {
			const legacy = await openSqlite(sqlitePath());
			const added = [...migrations, 'ALTER TABLE articles ADD COLUMN language TEXT'];
			expect(migrate(sqliteConnection(legacy), added)).toBe(migrations.length + 1);
			expect(migrate(sqliteConnection(legacy), added)).toBe(migrations.length + 1);
			const columns = await legacy.all<{ name: string }>('PRAGMA table_info(articles)');
			expect(columns.map((c) => c.name)).toContain('language');
			await legacy.close();
		});

		it('copy the events table keeping every row, its seq and the cascades (4)', async () => {
			const file = sqlitePath();
			const v3 = await openSqlite(file, migrations.slice(0, 3));
			await storeBatch(v3, [seedDraft, second]);
			const rows = async (conn: Db) => [await conn.all('SELECT * FROM events ORDER BY seq'), await conn.all('SELECT * FROM event_countries ORDER BY event_seq, country')];
			const before = await rows(v3);
			await v3.close();

			const upgraded = await openDb(file);
			expect(sqliteConnection(upgraded).pragma('user_version', { simple: true })).toBe(migrations.length);
			expect(await rows(upgraded)).toEqual(before);
			const id = (before[0][0] as { article_id: string }).article_id;
			expect(await deleteArticle(upgraded, id)).toBe(true);
			expect(await upgraded.get('SELECT count(*) AS n FROM event_countries WHERE event_seq NOT IN (SELECT seq FROM events)')).toEqual({ n: 0 });
			expect(sqliteConnection(upgraded).pragma('foreign_keys', { simple: true })).toBe(1);
			await upgraded.close();
		});

		it('refuses a database newer than the code', () => {
			connection().pragma(`user_version = ${migrations.length + 5}`);
			expect(() => migrate(connection())).toThrow(/newer than this Dateline/);
		});
	});

	describe('a bulk load', () => {
		it('gives back the disk its write-ahead log grew, even while the server has the database open', async () => {
			const server = new Database(path(), { readonly: true });
			const bulk = await beginBulkLoad(db);
			await storeBatch(db, [seedDraft]);
			await storeBatch(db, [second]);
			expect(statSync(`${path()}-wal`).size).toBeGreaterThan(0);
			await bulk.finish();
			expect(statSync(`${path()}-wal`).size).toBe(0);
			expect(server.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
			server.close();
		});

		it('waits for a writer in another process longer than a query would, instead of stopping', async () => {
			const bulk = await beginBulkLoad(db);
			await storeBatch(db, [seedDraft]);
			// Another process holds the database for six seconds, past the usual five, as a
			// server building a large load's indexes does.
			const holder = spawn(process.execPath, [
				'-e',
				`const db = new (require('better-sqlite3'))(${JSON.stringify(path())}); db.exec('BEGIN IMMEDIATE');` +
					` console.log('holding'); setTimeout(() => { db.exec('COMMIT'); db.close(); }, 6000);`
			]);
			await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
			const started = Date.now();
			expect((await storeBatch(db, [second])).outcomes.new).toBe(1);
			expect(Date.now() - started).toBeGreaterThan(5000);
			await bulk.finish();
			expect(await articleCount(db)).toBe(2);
		}, 20_000);

		it('lets another connection write only after building the indexes', async () => {
			const bulk = await beginBulkLoad(db);
			await storeBatch(db, [seedDraft]);
			// A bare connection, which does not build them as it opens (as openDb does).
			const bare = new Database(path());
			bare.pragma('foreign_keys = ON');
			const other = SqliteDb.over(bare);
			await storeBatch(other, [second]);
			expect(await indexes(other)).toEqual(INDEXES);
			await other.close();
			await bulk.finish();
			expect(await articleCount(db)).toBe(2);
		});
	});
});
