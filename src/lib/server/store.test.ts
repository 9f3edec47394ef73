import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTER } from '../domain/filter';
import type { ArticleDraft } from '../domain/types';
import Database from 'better-sqlite3';
import { migrations } from './migrations';
import { type Db, migrate, openDb } from './open-database';
import { articleById, articleCount, eventPage } from './queries';
import { storedDrafts } from './stored-articles';
import { datasetVersion } from './version';
import { beginBulkLoad, correctArticle, deleteArticle, storeArticle, storeBatch } from './write';
import { commitArticles, type Prepared, prepareArticles } from './write/store-articles';

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

let dir: string;
let db: Db;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
	db = openDb(join(dir, 'test.sqlite'));
});
afterEach(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

const eventIds = () => eventPage(db, NO_FILTER, 0, 500).events.map((e) => e.id);

describe('the store', () => {
	it('creates its schema in WAL mode at the latest version', () => {
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
	});

	it('stores articles with their events, and re-ingesting changes nothing', () => {
		const first = storeBatch(db, [seedDraft, second]);
		expect(first.outcomes).toEqual({ new: 2, updated: 0, unchanged: 0 });
		expect(first.events).toBeGreaterThan(0);
		const ids = eventIds();
		expect(ids.length).toBeGreaterThan(0);
		const version = datasetVersion(db);

		const again = storeBatch(db, [seedDraft, second]);
		expect(again.outcomes).toEqual({ new: 0, updated: 0, unchanged: 2 });
		expect(eventIds()).toEqual(ids);
		expect(datasetVersion(db)).toBe(version);
		expect(articleCount(db)).toBe(2);
	});

	it('replaces an edited article’s events and keeps the ids of the events that stayed the same', () => {
		storeBatch(db, [seedDraft]);
		const before = eventIds();
		expect(before.length).toBeGreaterThan(0);
		const edited = { ...seedDraft, text: `Update: the ministry confirmed the deal.\n\n${seedDraft.text}` };
		expect(storeBatch(db, [edited]).outcomes.updated).toBe(1);
		expect(articleCount(db)).toBe(1);
		expect(eventIds()).toEqual(expect.arrayContaining(before));
		const article = articleById(db, eventPage(db, NO_FILTER).events[0].article.id)!;
		expect(article.text.startsWith('Update:')).toBe(true);
		expect(article.events.length).toBeGreaterThan(0);
		for (const e of article.events) expect(article.text.slice(e.start, e.end)).toBe(e.sentence);
	});

	it('re-extracts every article on request, keeping event ids', () => {
		storeBatch(db, [seedDraft, second]);
		const ids = eventIds();
		expect(ids.length).toBeGreaterThan(0);
		const result = storeBatch(db, [...storedDrafts(db)], { reextract: true });
		expect(result.outcomes.updated).toBe(2);
		expect(eventIds()).toEqual(ids);
	});

	it('deletes an article with its events', () => {
		storeBatch(db, [seedDraft, second]);
		const id = eventPage(db, NO_FILTER).events.find((e) => e.article.title === second.title)!.article.id;
		expect(deleteArticle(db, id)).toBe(true);
		expect(articleById(db, id)).toBeUndefined();
		expect(new Set(eventPage(db, NO_FILTER).events.map((e) => e.article.title))).toEqual(new Set([seedDraft.title]));
		expect(deleteArticle(db, id)).toBe(false);
	});

	it('treats SQL-looking text as text', () => {
		const hostile = { ...second, url: undefined, title: "x'); DROP TABLE articles; --", text: "Robert'); DROP TABLE events; -- visited Russia on 3 May 2014." };
		const { events } = storeBatch(db, [hostile]);
		expect(events).toBeGreaterThan(0);
		expect(articleCount(db)).toBe(1);
		// The words are found in the title, as words, and the tables are still there.
		expect(eventPage(db, { ...NO_FILTER, text: "'); DROP TABLE" }).total).toBe(events);
		expect(eventPage(db, NO_FILTER).events.map((e) => e.summary).join(' ')).toContain('Robert');
		expect(articleCount(db)).toBe(1);
	});
});

describe('another writer between extracting and writing', () => {
	// `storeBatch` extracts before it takes the write lock; another connection writes in between.
	let other: Db;
	beforeEach(() => {
		other = openDb(db.name);
	});
	afterEach(() => other.close());
	// The same URL, so the same article, with only its first paragraph: fewer events.
	const shortened = { ...seedDraft, text: seedDraft.text.split('\n\n')[0] };
	const storedText = () => db.prepare('SELECT text FROM articles').pluck().all();
	/** The other connection stores the shortened version; then the prepared seed draft, written last, replaces it. */
	function replaceShortened(prepared: Prepared[], expected: string[]) {
		storeBatch(other, [shortened]);
		expect(eventIds()).not.toEqual(expected);
		expect(commitArticles(db, prepared).map((s) => s.outcome)).toEqual(['updated']);
		expect(storedText()).toEqual([seedDraft.text]);
		expect(eventIds()).toEqual(expected);
	}

	it('stored the same article: it is unchanged and written once', () => {
		const prepared = prepareArticles(db, [seedDraft]);
		expect(prepared[0].extraction).toBeDefined();
		storeBatch(other, [seedDraft]);
		const ids = eventIds();
		expect(ids.length).toBeGreaterThan(0);
		const version = datasetVersion(db);
		expect(commitArticles(db, prepared).map((s) => s.outcome)).toEqual(['unchanged']);
		expect(eventIds()).toEqual(ids);
		expect(datasetVersion(db)).toBe(version);
	});

	it('stored another version of it: this one, written last, replaces it', () => {
		const { id } = storeArticle(other, seedDraft);
		const expected = eventIds();
		deleteArticle(other, id);
		const prepared = prepareArticles(db, [seedDraft]);
		replaceShortened(prepared, expected);
	});

	it('changed an article that was current when read: it is extracted after all, and written', () => {
		storeBatch(db, [seedDraft]);
		const expected = eventIds();
		const prepared = prepareArticles(db, [seedDraft]);
		expect(prepared[0].extraction).toBeUndefined();
		replaceShortened(prepared, expected);
	});
});

describe('an article stored with corrections', () => {
	it('has them applied, new or unchanged, and keeps them', () => {
		const fresh = storeArticle(db, seedDraft, { corrections: [] });
		expect(fresh.outcome).toBe('new');
		const [dropped, ...kept] = eventIds();
		expect(kept.length).toBeGreaterThan(0);
		const again = storeArticle(db, seedDraft, { corrections: [{ kind: 'drop', eventId: dropped }] });
		expect(again.outcome).toBe('unchanged');
		expect(eventIds()).toEqual(kept);
		storeBatch(db, [seedDraft], { reextract: true });
		expect(eventIds()).toEqual(kept);
		expect(articleById(db, fresh.id)!.corrections).toEqual([{ kind: 'drop', eventId: dropped }]);
	});
});

describe('migrations', () => {
	it('apply forward from an older version and never twice', () => {
		const path = join(dir, 'old.sqlite');
		const legacy = openDb(path);
		const added = [...migrations, 'ALTER TABLE articles ADD COLUMN language TEXT'];
		expect(migrate(legacy, added)).toBe(migrations.length + 1);
		expect(migrate(legacy, added)).toBe(migrations.length + 1);
		const columns = legacy.prepare('PRAGMA table_info(articles)').all() as { name: string }[];
		expect(columns.map((c) => c.name)).toContain('language');
		legacy.close();
	});

	it('copy the events table keeping every row, its seq and the cascades (4)', () => {
		const path = join(dir, 'v3.sqlite');
		const v3 = new Database(path);
		v3.pragma('journal_mode = WAL');
		v3.pragma('foreign_keys = ON');
		migrate(v3, migrations.slice(0, 3));
		storeBatch(v3, [seedDraft, second]);
		const rows = (conn: Db) => [
			conn.prepare('SELECT * FROM events ORDER BY seq').all(),
			conn.prepare('SELECT * FROM event_countries ORDER BY event_seq, country').all()
		];
		const before = rows(v3);
		v3.close();

		const upgraded = openDb(path);
		expect(upgraded.pragma('user_version', { simple: true })).toBe(migrations.length);
		expect(rows(upgraded)).toEqual(before);
		const id = (before[0][0] as { article_id: string }).article_id;
		expect(deleteArticle(upgraded, id)).toBe(true);
		expect(upgraded.prepare('SELECT count(*) FROM event_countries WHERE event_seq NOT IN (SELECT seq FROM events)').pluck().get()).toBe(0);
		expect(upgraded.pragma('foreign_keys', { simple: true })).toBe(1);
		upgraded.close();
	});

	it('refuses a database newer than the code', () => {
		db.pragma(`user_version = ${migrations.length + 5}`);
		expect(() => migrate(db)).toThrow(/newer than this Dateline/);
	});
});

describe('corrections', () => {
	it('are applied to the stored events and survive re-extraction', () => {
		storeBatch(db, [seedDraft]);
		const july = eventPage(db, NO_FILTER).events.find((e) => e.date.value === '2014-07')!;
		const articleIdOf = july.article.id;
		const dropped = eventPage(db, NO_FILTER).events.find((e) => e.date.value === '2014-05')!;
		const stored = correctArticle(db, articleIdOf, [
			{ kind: 'edit', eventId: july.id, date: { value: '2014-07-28', granularity: 'day' }, countries: ['CN', 'US'] },
			{ kind: 'drop', eventId: dropped.id }
		])!;
		const edited = stored.find((e) => e.id === july.id)!;
		expect(edited).toMatchObject({ date: { value: '2014-07-28', granularity: 'day' }, countries: ['CN', 'US'], human: true });
		expect(stored.some((e) => e.id === dropped.id)).toBe(false);

		storeBatch(db, [...storedDrafts(db)], { reextract: true });
		const after = articleById(db, articleIdOf)!;
		expect(after.events.find((e) => e.id === july.id)).toMatchObject({ date: { value: '2014-07-28' }, human: true, first: '2014-07-28' });
		expect(after.events.some((e) => e.id === dropped.id)).toBe(false);
		expect(after.corrections).toHaveLength(2);
	});

	it('cannot be made to an unknown article', () => {
		expect(correctArticle(db, 'nope', [])).toBeNull();
	});
});

describe('a bulk load', () => {
	const indexes = (conn: Db = db) =>
		conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
	const contents = (conn: Db) => [
		conn.prepare('SELECT * FROM events ORDER BY seq').all(),
		conn.prepare('SELECT * FROM event_countries ORDER BY event_seq, country').all(),
		conn.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('dataset_version')
	];
	let all: unknown[];
	beforeEach(() => {
		all = indexes();
		expect(all).toContain('events_by_id');
	});

	it('writes what batches write, and builds the indexes it dropped when it finishes', () => {
		const bulk = beginBulkLoad(db);
		// Merging moves stories' mentions through this one as the load goes.
		expect(indexes()).toEqual(['story_mentions_by_story']);
		storeBatch(db, [seedDraft]);
		storeBatch(db, [second]);
		bulk.finish();
		expect(indexes()).toEqual(all);

		const plain = openDb(join(dir, 'plain.sqlite'));
		storeBatch(plain, [seedDraft]);
		storeBatch(plain, [second]);
		expect(contents(db)).toEqual(contents(plain));
		plain.close();
	});

	it('builds the indexes first when an article comes again', () => {
		const bulk = beginBulkLoad(db);
		storeBatch(db, [seedDraft]);
		const edited = { ...seedDraft, text: `Update: the ministry confirmed the deal.\n\n${seedDraft.text}` };
		expect(storeBatch(db, [edited]).outcomes.updated).toBe(1);
		expect(indexes()).toEqual(all);
		bulk.finish();
		const article = articleById(db, eventPage(db, NO_FILTER).events[0].article.id)!;
		expect(eventIds().sort()).toEqual(article.events.map((e) => e.id).sort());
	});

	it('builds the indexes first when a failed batch’s article is written again', () => {
		const bulk = beginBulkLoad(db);
		expect(() =>
			db.transaction(() => {
				storeBatch(db, [seedDraft]);
				throw new Error('the batch fails');
			})()
		).toThrow('the batch fails');
		expect(storeBatch(db, [seedDraft]).outcomes.new).toBe(1);
		expect(indexes()).toEqual(all);
		bulk.finish();
	});

	it('gives back the disk its write-ahead log grew, even while the server has the database open', () => {
		const server = new Database(db.name, { readonly: true });
		const bulk = beginBulkLoad(db);
		storeBatch(db, [seedDraft]);
		storeBatch(db, [second]);
		expect(statSync(`${db.name}-wal`).size).toBeGreaterThan(0);
		bulk.finish();
		expect(statSync(`${db.name}-wal`).size).toBe(0);
		expect(server.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
		server.close();
	});

	it('leaves the indexes to the next opening when it dies before finishing', () => {
		const path = db.name;
		beginBulkLoad(db);
		storeBatch(db, [seedDraft, second]);
		const ids = eventIds();
		db.close();
		db = openDb(path);
		expect(indexes()).toEqual(all);
		expect(eventIds()).toEqual(ids);
	});

	it('keeps the indexes of a database with events', () => {
		storeBatch(db, [seedDraft]);
		const bulk = beginBulkLoad(db);
		expect(indexes()).toEqual(all);
		storeBatch(db, [second]);
		bulk.finish();
		expect(articleCount(db)).toBe(2);
	});

	it('waits for a writer in another process longer than a query would, instead of stopping', async () => {
		const bulk = beginBulkLoad(db);
		storeBatch(db, [seedDraft]);
		// Another process holds the database for six seconds, past the usual five, as a
		// server building a large load's indexes does.
		const holder = spawn(process.execPath, [
			'-e',
			`const db = new (require('better-sqlite3'))(${JSON.stringify(db.name)}); db.exec('BEGIN IMMEDIATE');` +
				` console.log('holding'); setTimeout(() => { db.exec('COMMIT'); db.close(); }, 6000);`
		]);
		await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
		const started = Date.now();
		expect(storeBatch(db, [second]).outcomes.new).toBe(1);
		expect(Date.now() - started).toBeGreaterThan(5000);
		bulk.finish();
		expect(articleCount(db)).toBe(2);
	}, 20_000);

	it('lets another connection write only after building the indexes', () => {
		const bulk = beginBulkLoad(db);
		storeBatch(db, [seedDraft]);
		const other = new Database(db.name);
		other.pragma('foreign_keys = ON');
		storeBatch(other, [second]);
		expect(indexes(other)).toEqual(all);
		other.close();
		bulk.finish();
		expect(articleCount(db)).toBe(2);
	});
});
