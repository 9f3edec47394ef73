import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Param } from '../db';
import { connectPostgres } from './engine';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { openPostgres } from './open';
import { freshDatabaseUrl } from './test-database';

let url: string;
let db: Db;

beforeAll(async () => {
	url = await freshDatabaseUrl();
	db = await openPostgres(url);
	await db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, score DOUBLE PRECISION, "end" INTEGER)');
});
afterAll(() => db?.close());

describe('PostgreSQL engine', () => {
	it('numbers ? marks outside quotes and comments, and binds them in order', async () => {
		const row = await db.get<Record<string, unknown>>(
			`SELECT CAST(? AS INTEGER) AS n, '?' AS mark, 'it''s ?' AS quoted, "?" AS ident, CAST(? AS TEXT) AS word -- a ? here
			 FROM (SELECT 1 AS "?") AS t /* and ? here */`,
			[42, 'hello']
		);
		expect(row).toEqual({ n: 42, mark: '?', quoted: "it's ?", ident: 1, word: 'hello' });
	});

	it('keeps nulls, text and numbers as given, and counts as numbers', async () => {
		expect(await db.run('INSERT INTO notes (id, body, score, "end") VALUES (?, ?, ?, ?), (?, ?, ?, ?)', [1, null, 0.5, 10, 2, '', 2.25, null])).toBe(2);
		expect(await db.all('SELECT id, body, score, "end" FROM notes ORDER BY id')).toEqual([
			{ id: 1, body: null, score: 0.5, end: 10 },
			{ id: 2, body: '', score: 2.25, end: null }
		]);
		expect(await db.values('SELECT id, body FROM notes ORDER BY id')).toEqual([
			[1, null],
			[2, '']
		]);
		expect(await db.get('SELECT COUNT(*) AS n, SUM(id::bigint) AS total, SUM(score::numeric) AS score FROM notes')).toEqual({ n: 2, total: 3, score: 2.75 });
		expect(await db.get('SELECT id FROM notes WHERE id = ?', [99])).toBeUndefined();
		expect(await db.run('UPDATE notes SET score = score + 1 WHERE id > ?', [0])).toBe(2);
	});

	it('reads a JSON array bound as one parameter as a set of integers or texts', async () => {
		expect(await db.values(`SELECT id FROM notes WHERE ${db.dialect.inList('id', 'integer')} ORDER BY id`, [JSON.stringify([2, 3])])).toEqual([[2]]);
		expect(await db.values(`SELECT x FROM (VALUES ('a'), ('b'), ('c')) AS t(x) WHERE ${db.dialect.inList('x', 'text')} ORDER BY x`, [JSON.stringify(['b', 'a'])])).toEqual([['a'], ['b']]);
	});

	it('commits a transaction, rolls it back when the work throws, and nests savepoints', async () => {
		expect(db.inTransaction).toBe(false);
		const result = await db.transaction(async (tx) => {
			expect(tx.inTransaction).toBe(true);
			expect(tx.root).toBe(db);
			await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [10, 'kept']);
			await expect(
				tx.transaction(async (inner) => {
					expect(inner.root).toBe(db);
					await inner.run('INSERT INTO notes (id, body) VALUES (?, ?)', [11, 'undone']);
					throw new Error('inner fails');
				})
			).rejects.toThrow('inner fails');
			await tx.transaction((inner) => inner.run('INSERT INTO notes (id, body) VALUES (?, ?)', [12, 'nested']));
			return 'done';
		});
		expect(result).toBe('done');
		await expect(
			db.transaction(async (tx) => {
				await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [13, 'rolled back']);
				throw new Error('outer fails');
			})
		).rejects.toThrow('outer fails');
		expect(await db.values('SELECT id FROM notes WHERE id >= 10 ORDER BY id')).toEqual([[10], [12]]);
	});

	it('lets one writer at a time in, across connections of different processes', async () => {
		const other = connectPostgres(url);
		try {
			const log: string[] = [];
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			let entered!: () => void;
			const inside = new Promise<void>((resolve) => (entered = resolve));
			const first = db.transaction(async (tx) => {
				log.push('first in');
				await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [20, 'first']);
				entered();
				await held;
				log.push('first out');
			});
			await inside;
			const second = other.transaction(async (tx) => {
				log.push('second in');
				// Under the lock, the first writer's row is committed and seen.
				return tx.get<{ body: string }>('SELECT body FROM notes WHERE id = ?', [20]);
			});
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(log).toEqual(['first in']);
			release();
			await first;
			expect(await second).toEqual({ body: 'first' });
			expect(log).toEqual(['first in', 'first out', 'second in']);
		} finally {
			await other.close();
		}
	});

	it('copies awkward text in and out unchanged, empty strings apart from nulls', async () => {
		const awkward = ['tab\there', 'line\nbreak', 'return\r\nnewline', 'back\\slash \\N \\t', 'naïve 東京 🌍', '', '\\', 'end\\'];
		const rows: Param[][] = awkward.map((body, i) => [100 + i, body, i / 4, i]);
		rows.push([200, null, null, null]);
		await db.insertRows('notes', ['id', 'body', 'score', 'end'], rows);
		expect(await db.values('SELECT id, body, score, "end" FROM notes WHERE id >= 100 ORDER BY id')).toEqual(rows);
		expect(await db.get('SELECT COUNT(*) AS n FROM notes WHERE body IS NULL AND id >= 100')).toEqual({ n: 1 });
	});

	it('copies a large load, in chunks, inside a transaction too', async () => {
		const rows = Array.from({ length: 20_000 }, (_, i) => [1000 + i, `row ${i}\t${'x'.repeat(i % 50)}`, null, i]);
		await db.transaction((tx) => tx.insertRows('notes', ['id', 'body', 'score', 'end'], rows));
		expect(await db.get('SELECT COUNT(*) AS n, SUM("end") AS total FROM notes WHERE id >= 1000')).toEqual({ n: 20_000, total: (19_999 * 20_000) / 2 });
		expect(await db.get('SELECT body FROM notes WHERE id = ?', [1000 + 12_345])).toEqual({ body: `row 12345\t${'x'.repeat(12_345 % 50)}` });
	});

	it('fails a transaction whose copy the server refuses, and rolls it back', async () => {
		// The duplicate key is found only as the server takes the rows in, after the client has sent them all.
		const copying = db.transaction(async (tx) => {
			await tx.insertRows('notes', ['id', 'body'], [[901, 'before']]);
			await tx.insertRows('notes', ['id', 'body'], [[902, 'twice'], [902, 'twice']]);
		});
		await expect(copying).rejects.toThrow(/duplicate key/);
		expect(await db.get('SELECT COUNT(*) AS n FROM notes WHERE id IN (901, 902)')).toEqual({ n: 0 });
		await db.insertRows('notes', ['id', 'body'], [[901, 'after']]);
		expect(await db.values('SELECT id, body FROM notes WHERE id IN (901, 902)')).toEqual([[901, 'after']]);
		await db.run('DELETE FROM notes WHERE id IN (901, 902)');
	});

	it('numbers the next row after the largest a bulk load gave', async () => {
		const event = (seq: number, id: string) => [seq, id, 'a', '2024', 'year', 1, 2, 'FR', 0, 4, 's', 0.5];
		const columns = ['seq', 'id', 'article_id', 'value', 'granularity', 'first_day', 'last_day', 'countries', 'start', 'end', 'summary', 'confidence'];
		await db.run(
			'INSERT INTO articles (id, url, title, source, published, text, content_hash, dates, places, extractor_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
			['a', null, 'T', null, '2024-01-01', 't', 'h', '[]', '[]', '1', '2024-01-01T00:00:00Z']
		);
		await db.insertRows('events', columns, [event(40, 'bulk-40'), event(41, 'bulk-41')]);
		const next = await db.get('INSERT INTO events (id, article_id, value, granularity, first_day, last_day, countries, start, "end", summary, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq', event(0, 'next').slice(1));
		expect(next).toEqual({ seq: 42 });
		await db.exec('DELETE FROM events; DELETE FROM articles');
	});

	it('says how to drop and build again the named indexes and foreign keys that exist', async () => {
		const names = ['events_by_id', 'no_such_index', 'events_article_id_fkey', 'events_by_days'];
		const deferred = await db.deferrable(names);
		expect(deferred).toEqual([
			{ name: 'events_by_id', drop: 'DROP INDEX IF EXISTS "events_by_id"', build: 'CREATE UNIQUE INDEX events_by_id ON public.events USING btree (id)' },
			{
				name: 'events_article_id_fkey',
				drop: 'ALTER TABLE "events" DROP CONSTRAINT IF EXISTS "events_article_id_fkey"',
				build: 'ALTER TABLE "events" ADD CONSTRAINT "events_article_id_fkey" FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE'
			},
			{ name: 'events_by_days', drop: 'DROP INDEX IF EXISTS "events_by_days"', build: 'CREATE INDEX events_by_days ON public.events USING btree (first_day, last_day, countries)' }
		]);
		for (const { drop } of deferred) await db.exec(drop);
		expect(await db.deferrable(names)).toEqual([]);
		// Without its foreign key, an event of no article is taken; building the key again refuses it.
		await db.exec(`INSERT INTO events (id, article_id, value, granularity, first_day, last_day, countries, start, "end", summary, confidence) VALUES ('orphan', 'none', '2024', 'year', 1, 2, '', 0, 1, 's', 1)`);
		await expect(db.exec(deferred[1].build)).rejects.toThrow(/foreign key/);
		await db.exec('DELETE FROM events');
		for (const { build } of deferred) await db.exec(build);
		expect(await db.deferrable(names)).toEqual(deferred);
	});

	it('tunes for a bulk load and puts things back with fresh statistics', async () => {
		const restore = await db.tuneForBulkLoad();
		await restore();
		const analyzed = await db.get<{ when: string | null }>("SELECT last_analyze::text AS when FROM pg_stat_user_tables WHERE relname = 'notes'");
		expect(analyzed?.when).toMatch(/^\d{4}-/);
	});
});

describe('PostgreSQL migrations', () => {
	it('create the schema once, even when two processes open a new database at once', async () => {
		const fresh = await freshDatabaseUrl();
		const [a, b] = [connectPostgres(fresh), connectPostgres(fresh)];
		try {
			expect(await Promise.all([migrate(a), migrate(b)])).toEqual([migrations.length, migrations.length]);
			expect(await a.all('SELECT key, value FROM meta ORDER BY key')).toEqual([
				{ key: 'dataset_version', value: '0' },
				{ key: 'stories_stale', value: '1' }
			]);
			expect(await a.get('SELECT version FROM schema_version')).toEqual({ version: migrations.length });
		} finally {
			await Promise.all([a.close(), b.close()]);
		}
	});

	it('give articles an ingest order that an update keeps, and numbers that can be given', async () => {
		const db = await openPostgres(await freshDatabaseUrl());
		const article = (id: string) => [id, `https://example.com/${id}`, 'T', 'S', '2024-01-01', 'text', 'h', '[]', '[]', '1', '2024-01-01T00:00:00Z'];
		const insert = 'INSERT INTO articles (id, url, title, source, published, text, content_hash, dates, places, extractor_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
		await db.run(insert, article('b'));
		await db.run(insert, article('a'));
		await db.run('UPDATE articles SET title = ? WHERE id = ?', ['changed', 'b']);
		expect(await db.values('SELECT id FROM articles ORDER BY rowid')).toEqual([['b'], ['a']]);
		const event = 'INSERT INTO events (seq, id, article_id, value, granularity, first_day, last_day, countries, start, "end", summary, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
		await db.run(event, [7, 'e7', 'a', '2024', 'year', 1, 2, 'FR', 0, 4, 's', 0.5]);
		await db.run(event.replace('seq, ', '').replace('?, ', ''), ['e-auto', 'a', '2024', 'year', 1, 2, 'FR', 0, 4, 's', 0.5]);
		expect(await db.values('SELECT seq, id FROM events ORDER BY id')).toEqual([
			[1, 'e-auto'],
			[7, 'e7']
		]);
		await db.close();
	});

	it('refuse a database newer than the code', async () => {
		const fresh = await freshDatabaseUrl();
		const newer = await openPostgres(fresh);
		await newer.run('UPDATE schema_version SET version = ?', [migrations.length + 5]);
		await newer.close();
		await expect(openPostgres(fresh)).rejects.toThrow(`database schema version ${migrations.length + 5} is newer than this Dateline (${migrations.length}); upgrade Dateline`);
	});
});
