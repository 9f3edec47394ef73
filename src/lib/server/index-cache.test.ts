/**
 * The compact indexes kept in the database after a full build (index-cache.ts): another process (a server
 * that starts, or a second server) takes them up from there, reading only what changed since, and gets the
 * bytes a full build would give; after events were removed it builds in full again.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readArticleFiles } from '../articles/files';
import { encodeIndex } from '../domain/event-index';
import type { CountUnit } from '../domain/stories';
import type { ArticleDraft } from '../domain/types';
import { eventIndex, fullEventIndex } from './queries';
import type { Db } from './store/db';
import { engines } from './store/test-databases';
import { fullStoryIndex, storyIndex } from './stories/story-index';
import { deleteArticle, storeBatch } from './write';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const UNITS: CountUnit[] = ['stories', 'articles'];
const cacheRows = async (db: Db) => new Map(await db.values<[string, string]>("SELECT key, value FROM meta WHERE key LIKE 'index_cache:%' ORDER BY key"));

describe.each(engines)('the indexes kept for the next process on $name', (engine) => {
	let db: Db;
	let drafts: ArticleDraft[];
	const opened: Db[] = [];
	/** A connection as another process has it: nothing built in memory yet. */
	const anotherProcess = async () => {
		const other = await engine.another(db);
		opened.push(other);
		return other;
	};
	/** Every index as this connection serves it, against a build from every row. */
	async function expectAsFullBuilds(on: Db): Promise<void> {
		expect(encodeIndex(await eventIndex(on))).toEqual(encodeIndex(await fullEventIndex(on)));
		for (const unit of UNITS) expect(encodeIndex(await storyIndex(on, unit))).toEqual(encodeIndex((await fullStoryIndex(on, unit)).index));
	}

	beforeAll(async () => {
		db = await engine.fresh();
		({ drafts } = await readArticleFiles(['data/articles']));
		await storeBatch(db, drafts.slice(0, 60));
	});
	afterAll(async () => {
		for (const other of opened) await other.close();
		await db.close();
	});

	it('are written by a full build, one per index', async () => {
		expect(await cacheRows(db)).toEqual(new Map());
		await expectAsFullBuilds(db);
		expect([...(await cacheRows(db)).keys()]).toEqual(['index_cache:articles', 'index_cache:events', 'index_cache:stories']);
	});

	it('let another process take them up after more articles, with the bytes of a full build and no full build of its own', async () => {
		const kept = await cacheRows(db);
		await storeBatch(db, drafts.slice(60, 80));
		const other = await anotherProcess();
		await expectAsFullBuilds(other);
		// A full build would have written the cache again (its rows moved on since): it is as the first process left it.
		expect(await cacheRows(other)).toEqual(kept);
	});

	it('are passed over once events were removed: the next process builds in full and keeps that', async () => {
		const kept = await cacheRows(db);
		const { drafts: all } = await readArticleFiles(['data/articles']);
		expect(await deleteArticle(db, (await db.values<[string]>('SELECT id FROM articles ORDER BY rowid LIMIT 1'))[0][0])).toBe(true);
		await storeBatch(db, all.slice(80, 90));
		const other = await anotherProcess();
		await expectAsFullBuilds(other);
		const now = await cacheRows(other);
		expect(now.get('index_cache:events')).not.toEqual(kept.get('index_cache:events'));
		// And the one after that takes up the event index this one kept.
		await storeBatch(db, all.slice(90, 100));
		const third = await anotherProcess();
		await expectAsFullBuilds(third);
		// (The story indexes it may build in full: most stories were written since theirs were kept.)
		expect((await cacheRows(third)).get('index_cache:events')).toEqual(now.get('index_cache:events'));
	});

	it('are no part of what a reader sees: an unreadable cache is built over', async () => {
		await db.run("UPDATE meta SET value = 'not an index' WHERE key = 'index_cache:events'");
		const other = await anotherProcess();
		await expectAsFullBuilds(other);
		expect((await cacheRows(other)).get('index_cache:events')).not.toBe('not an index');
	});
});
