import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTER } from '../domain/filter';
import type { ArticleDraft } from '../domain/types';
import { articleById, articleCount, eventPage } from './queries';
import type { Db } from './store/db';
import { openDb } from './store/open';
import { SqliteDb } from './store/sqlite/engine';
import { migrations } from './store/sqlite/migrations';
import { migrate, openSqlite, sqliteConnection } from './store/sqlite/open';
import { engines, sqlite, sqlitePath } from './store/test-databases';
import { storedDrafts } from './stored-articles';
import { datasetVersion } from './version';
import { beginBulkLoad, correctArticle, deleteArticle, storeArticle, storeBatch } from './write';
import { commitArticles, type Prepared, prepareArticles } from './write/store-articles';
import { writeTransaction } from './write-transaction';

const seedDraft: ArticleDraft = {
	title: 'Wary of the West, Russia and China Expand Trade in Computer Software',
	published: '2014-08-18',
	source: 'The Moscow Times',
	url: 'https://www.themoscowtimes.com/2014/08/18/wary-of-the-west',
	text:
		"As Russia's relations with the West spoil over Ukraine, the Kremlin has agreed to broaden software deliveries to China, " +
		'Russian Communications and Mass Media Minister Nikolai Nikiforov said Monday.\n\n' +
		'In July Beijing opened an anti-monopoly inquiry into the practices of Microsoft and in May banned the use of Windows 8 ' +
		'operating system on all new government computers, AFP reported.'
};
const second: ArticleDraft = {
	title: 'Russia and China sign 30-year gas supply deal',
	published: '2014-05-22',
	url: 'https://example.com/power-of-siberia',
	text: 'Russia and China on Wednesday signed an agreement under which Gazprom will supply gas to China for 30 years.'
};

let db: Db;
afterEach(async () => {
	await db.close();
});

const eventIds = async () => (await eventPage(db, NO_FILTER, 0, 500)).events.map((e) => e.id);
const firstArticleId = async () => (await eventPage(db, NO_FILTER)).events[0].article.id;

/** Every index the schema has, by name: those a bulk load drops, and the one it keeps. */
const INDEXES = ['event_countries_by_event', 'events_by_article', 'events_by_days', 'events_by_id', 'stories_by_days', 'story_mentions_by_story'];
const indexes = async (conn: Db = db) => (await conn.indexDefinitions(INDEXES)).map((sql) => /INDEX\s+"?(\w+)/i.exec(sql)![1]).sort();

describe.each(engines)('the store on $name', (engine) => {
	beforeEach(async () => {
		db = await engine.fresh();
	});

	describe('the store', () => {
		it('stores articles with their events, and re-ingesting changes nothing', async () => {
			const first = await storeBatch(db, [seedDraft, second]);
			expect(first.outcomes).toEqual({ new: 2, updated: 0, unchanged: 0 });
			expect(first.events).toBeGreaterThan(0);
			const ids = await eventIds();
			expect(ids.length).toBeGreaterThan(0);
			const version = await datasetVersion(db);

			const again = await storeBatch(db, [seedDraft, second]);
			expect(again.outcomes).toEqual({ new: 0, updated: 0, unchanged: 2 });
			expect(await eventIds()).toEqual(ids);
			expect(await datasetVersion(db)).toBe(version);
			expect(await articleCount(db)).toBe(2);
		});

		it('replaces an edited article’s events and keeps the ids of the events that stayed the same', async () => {
			await storeBatch(db, [seedDraft]);
			const before = await eventIds();
			expect(before.length).toBeGreaterThan(0);
			const edited = { ...seedDraft, text: `Update: the ministry confirmed the deal.\n\n${seedDraft.text}` };
			expect((await storeBatch(db, [edited])).outcomes.updated).toBe(1);
			expect(await articleCount(db)).toBe(1);
			expect(await eventIds()).toEqual(expect.arrayContaining(before));
			const article = (await articleById(db, await firstArticleId()))!;
			expect(article.text.startsWith('Update:')).toBe(true);
			expect(article.events.length).toBeGreaterThan(0);
			for (const e of article.events) expect(article.text.slice(e.start, e.end)).toBe(e.sentence);
		});

		it('re-extracts every article on request, keeping event ids', async () => {
			await storeBatch(db, [seedDraft, second]);
			const ids = await eventIds();
			expect(ids.length).toBeGreaterThan(0);
			const result = await storeBatch(db, await storedDrafts(db), { reextract: true });
			expect(result.outcomes.updated).toBe(2);
			expect(await eventIds()).toEqual(ids);
		});

		it('deletes an article with its events', async () => {
			await storeBatch(db, [seedDraft, second]);
			const id = (await eventPage(db, NO_FILTER)).events.find((e) => e.article.title === second.title)!.article.id;
			expect(await deleteArticle(db, id)).toBe(true);
			expect(await articleById(db, id)).toBeUndefined();
			expect(new Set((await eventPage(db, NO_FILTER)).events.map((e) => e.article.title))).toEqual(new Set([seedDraft.title]));
			expect(await deleteArticle(db, id)).toBe(false);
		});

		it('treats SQL-looking text as text', async () => {
			const hostile = { ...second, url: undefined, title: "x'); DROP TABLE articles; --", text: "Robert'); DROP TABLE events; -- visited Russia on 3 May 2014." };
			const { events } = await storeBatch(db, [hostile]);
			expect(events).toBeGreaterThan(0);
			expect(await articleCount(db)).toBe(1);
			// The words are found in the title, as words, and the tables are still there.
			expect((await eventPage(db, { ...NO_FILTER, text: "'); DROP TABLE" })).total).toBe(events);
			expect((await eventPage(db, NO_FILTER)).events.map((e) => e.summary).join(' ')).toContain('Robert');
			expect(await articleCount(db)).toBe(1);
		});

		it('finds words whatever their case, and LIKE’s wildcards only as themselves', async () => {
			const { events } = await storeBatch(db, [{ ...second, title: 'Gas deal: 100% done_ by Gazprom' }]);
			expect(events).toBeGreaterThan(0);
			expect((await eventPage(db, { ...NO_FILTER, text: 'GAZPROM 100%' })).total).toBe(events);
			expect((await eventPage(db, { ...NO_FILTER, text: 'done_' })).total).toBe(events);
			expect((await eventPage(db, { ...NO_FILTER, text: '10%' })).total).toBe(0);
			expect((await eventPage(db, { ...NO_FILTER, text: 'd_ne' })).total).toBe(0);
		});
	});

	describe('another writer between extracting and writing', () => {
		// `storeBatch` extracts before it takes the write lock; another connection writes in between.
		let other: Db;
		beforeEach(async () => {
			other = await engine.another(db);
		});
		afterEach(() => other.close());
		// The same URL, so the same article, with only its first paragraph: fewer events.
		const shortened = { ...seedDraft, text: seedDraft.text.split('\n\n')[0] };
		const storedText = async () => (await db.values<[string]>('SELECT text FROM articles')).map(([text]) => text);
		/** The other connection stores the shortened version; then the prepared seed draft, written last, replaces it. */
		async function replaceShortened(prepared: Prepared[], expected: string[]) {
			await storeBatch(other, [shortened]);
			expect(await eventIds()).not.toEqual(expected);
			expect((await commitArticles(db, prepared)).map((s) => s.outcome)).toEqual(['updated']);
			expect(await storedText()).toEqual([seedDraft.text]);
			expect(await eventIds()).toEqual(expected);
		}

		it('stored the same article: it is unchanged and written once', async () => {
			const prepared = await prepareArticles(db, [seedDraft]);
			expect(prepared[0].extraction).toBeDefined();
			await storeBatch(other, [seedDraft]);
			const ids = await eventIds();
			expect(ids.length).toBeGreaterThan(0);
			const version = await datasetVersion(db);
			expect((await commitArticles(db, prepared)).map((s) => s.outcome)).toEqual(['unchanged']);
			expect(await eventIds()).toEqual(ids);
			expect(await datasetVersion(db)).toBe(version);
		});

		it('stored another version of it: this one, written last, replaces it', async () => {
			const { id } = await storeArticle(other, seedDraft);
			const expected = await eventIds();
			await deleteArticle(other, id);
			const prepared = await prepareArticles(db, [seedDraft]);
			await replaceShortened(prepared, expected);
		});

		it('changed an article that was current when read: it is extracted after all, and written', async () => {
			await storeBatch(db, [seedDraft]);
			const expected = await eventIds();
			const prepared = await prepareArticles(db, [seedDraft]);
			expect(prepared[0].extraction).toBeUndefined();
			await replaceShortened(prepared, expected);
		});
	});

	describe('a write transaction', () => {
		it('is not seen by reads outside it until it commits', async () => {
			let inside = -1;
			let outside = -1;
			await writeTransaction(db, async (tx) => {
				await storeBatch(tx, [seedDraft]);
				inside = await articleCount(tx);
				outside = await articleCount(db);
			});
			expect([inside, outside]).toEqual([1, 0]);
			expect(await articleCount(db)).toBe(1);
		});

		it('runs one at a time, and a rolled back one leaves nothing', async () => {
			const failing = writeTransaction(db, async (tx) => {
				await storeBatch(tx, [seedDraft]);
				throw new Error('the batch fails');
			});
			const next = storeBatch(db, [second]);
			await expect(failing).rejects.toThrow('the batch fails');
			expect((await next).outcomes.new).toBe(1);
			expect(await articleCount(db)).toBe(1);
		});
	});

	describe('an article stored with corrections', () => {
		it('has them applied, new or unchanged, and keeps them', async () => {
			const fresh = await storeArticle(db, seedDraft, { corrections: [] });
			expect(fresh.outcome).toBe('new');
			const [dropped, ...kept] = await eventIds();
			expect(kept.length).toBeGreaterThan(0);
			const again = await storeArticle(db, seedDraft, { corrections: [{ kind: 'drop', eventId: dropped }] });
			expect(again.outcome).toBe('unchanged');
			expect(await eventIds()).toEqual(kept);
			await storeBatch(db, [seedDraft], { reextract: true });
			expect(await eventIds()).toEqual(kept);
			expect((await articleById(db, fresh.id))!.corrections).toEqual([{ kind: 'drop', eventId: dropped }]);
		});
	});

	describe('corrections', () => {
		it('are applied to the stored events and survive re-extraction', async () => {
			await storeBatch(db, [seedDraft]);
			const july = (await eventPage(db, NO_FILTER)).events.find((e) => e.date.value === '2014-07')!;
			const articleIdOf = july.article.id;
			const dropped = (await eventPage(db, NO_FILTER)).events.find((e) => e.date.value === '2014-05')!;
			const stored = (await correctArticle(db, articleIdOf, [
				{ kind: 'edit', eventId: july.id, date: { value: '2014-07-28', granularity: 'day' }, countries: ['CN', 'US'] },
				{ kind: 'drop', eventId: dropped.id }
			]))!;
			const edited = stored.find((e) => e.id === july.id)!;
			expect(edited).toMatchObject({ date: { value: '2014-07-28', granularity: 'day' }, countries: ['CN', 'US'], human: true });
			expect(stored.some((e) => e.id === dropped.id)).toBe(false);

			await storeBatch(db, await storedDrafts(db), { reextract: true });
			const after = (await articleById(db, articleIdOf))!;
			expect(after.events.find((e) => e.id === july.id)).toMatchObject({ date: { value: '2014-07-28' }, human: true, first: '2014-07-28' });
			expect(after.events.some((e) => e.id === dropped.id)).toBe(false);
			expect(after.corrections).toHaveLength(2);
		});

		it('cannot be made to an unknown article', async () => {
			expect(await correctArticle(db, 'nope', [])).toBeNull();
		});
	});

	describe('a bulk load', () => {
		const contents = async (conn: Db) => [
			await conn.all('SELECT * FROM events ORDER BY seq'),
			await conn.all('SELECT * FROM event_countries ORDER BY event_seq, country'),
			await datasetVersion(conn)
		];
		let all: string[];
		beforeEach(async () => {
			all = await indexes();
			expect(all).toEqual(INDEXES);
		});

		it('writes what batches write, and builds the indexes it dropped when it finishes', async () => {
			const bulk = await beginBulkLoad(db);
			// Merging moves stories' mentions through this one as the load goes.
			expect(await indexes()).toEqual(['story_mentions_by_story']);
			await storeBatch(db, [seedDraft]);
			await storeBatch(db, [second]);
			await bulk.finish();
			expect(await indexes()).toEqual(all);

			const plain = await engine.fresh();
			await storeBatch(plain, [seedDraft]);
			await storeBatch(plain, [second]);
			expect(await contents(db)).toEqual(await contents(plain));
			await plain.close();
		});

		it('builds the indexes first when an article comes again', async () => {
			const bulk = await beginBulkLoad(db);
			await storeBatch(db, [seedDraft]);
			const edited = { ...seedDraft, text: `Update: the ministry confirmed the deal.\n\n${seedDraft.text}` };
			expect((await storeBatch(db, [edited])).outcomes.updated).toBe(1);
			expect(await indexes()).toEqual(all);
			await bulk.finish();
			const article = (await articleById(db, await firstArticleId()))!;
			expect((await eventIds()).sort()).toEqual(article.events.map((e) => e.id).sort());
		});

		it('builds the indexes first when a failed batch’s article is written again', async () => {
			const bulk = await beginBulkLoad(db);
			await expect(
				writeTransaction(db, async (tx) => {
					await storeBatch(tx, [seedDraft]);
					throw new Error('the batch fails');
				})
			).rejects.toThrow('the batch fails');
			expect((await storeBatch(db, [seedDraft])).outcomes.new).toBe(1);
			expect(await indexes()).toEqual(all);
			await bulk.finish();
		});

		it('leaves the indexes to the next opening when it dies before finishing', async () => {
			await beginBulkLoad(db);
			await storeBatch(db, [seedDraft, second]);
			const ids = await eventIds();
			expect(await indexes()).toEqual(['story_mentions_by_story']);
			const next = await engine.another(db);
			await db.close();
			db = next;
			expect(await indexes()).toEqual(all);
			expect(await eventIds()).toEqual(ids);
		});

		it('keeps the indexes of a database with events', async () => {
			await storeBatch(db, [seedDraft]);
			const bulk = await beginBulkLoad(db);
			expect(await indexes()).toEqual(all);
			await storeBatch(db, [second]);
			await bulk.finish();
			expect(await articleCount(db)).toBe(2);
		});

		it('leaves the indexes to another connection opened meanwhile, which builds them', async () => {
			const bulk = await beginBulkLoad(db);
			await storeBatch(db, [seedDraft]);
			// Opening a database builds what a load dropped.
			const other = await engine.another(db);
			expect(await indexes(other)).toEqual(all);
			await storeBatch(other, [second]);
			await other.close();
			await bulk.finish();
			expect(await articleCount(db)).toBe(2);
		});
	});
});

describe('the store on SQLite only', () => {
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
