import { afterEach, describe, expect, it, vi } from 'vitest';
import { readArticleFiles } from '../../articles/files';
import type { ArticleDraft } from '../../domain/types';
import type { Db } from '../store/db';
import { engines } from '../store/test-databases';
import { beginBulkLoad, storeBatch } from '../write';
import { writeTransaction } from '../write-transaction';
import { correctStories } from './corrections';
import { markStale } from './persist';
import { forgetState, stateOf } from './state';
import { storyThreadOf } from './story-thread';

// Whole ingests of the bundled articles, several per test, on PostgreSQL too.
vi.setConfig({ testTimeout: 60_000 });

/** Everything stored of the stories: faces, mentions, aliases, copies. */
async function storedStories(db: Db): Promise<unknown[][]> {
	return Promise.all(
		[
			'SELECT id, value, first_day, last_day, spread_first, spread_last, countries, summary, articles, outlets, first_article, first_outlet, human FROM stories ORDER BY id',
			'SELECT s.id, e.id FROM story_mentions m JOIN stories s ON s.seq = m.story_seq JOIN events e ON e.seq = m.event_seq ORDER BY e.id',
			'SELECT alias, story FROM story_aliases ORDER BY alias',
			'SELECT article_id, copy_of FROM article_copies ORDER BY article_id'
		].map((sql) => db.values(sql))
	);
}

const { drafts } = await readArticleFiles(['data/articles']);
const [first, rest] = [drafts.slice(0, 40), drafts.slice(40)];

/** Stored in batches without a bulk load: each article merged in this thread as it is written. */
async function storedOneByOne(db: Db, articles: ArticleDraft[]): Promise<void> {
	for (let i = 0; i < articles.length; i += 20) await storeBatch(db, articles.slice(i, i + 20));
}

describe.each(engines)('a bulk load’s story thread on $name', (engine) => {
	const opened: Db[] = [];
	const fresh = async () => {
		const db = await engine.fresh();
		opened.push(db);
		return db;
	};
	afterEach(async () => {
		for (const db of opened.splice(0)) await db.close();
	});

	/** The stories of the bundled articles stored one batch at a time, after `before` (a reader's correction, say). */
	async function merged(before?: (db: Db) => Promise<void>): Promise<unknown[][]> {
		const db = await fresh();
		await storedOneByOne(db, first);
		await before?.(db);
		await storedOneByOne(db, rest);
		return storedStories(db);
	}

	it('writes the stories the articles make merged one by one, onto the stories stored before the load', async () => {
		const db = await fresh();
		await storedOneByOne(db, first);
		const written = async () => new Map(await db.values<[string, number]>('SELECT id, written FROM stories'));
		const before = await written();
		const bulk = await beginBulkLoad(db);
		const thread = storyThreadOf(db)!;
		expect(thread).toBeDefined();
		await storedOneByOne(db, rest);
		expect(await writeTransaction(db, (tx) => thread.writeStories(tx))).toBe(true);
		await bulk.finish();
		expect(await storedStories(db)).toEqual(await merged());
		// Only the stories the load changed are written again: a server's story index reads only those again.
		const after = await written();
		const kept = [...before].filter(([id, w]) => after.get(id) === w);
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.length).toBeLessThan(before.size);
	});

	it('starts none on stories left stale (a load killed before it ended): they are built at the end as before', async () => {
		const db = await fresh();
		await storedOneByOne(db, first);
		await writeTransaction(db, (tx) => markStale(tx, true));
		forgetState(db);
		const bulk = await beginBulkLoad(db);
		expect(storyThreadOf(db)).toBeUndefined();
		await storedOneByOne(db, rest);
		await bulk.finish();
		expect(await storedStories(db)).toEqual(await merged());
	});

	it('applies readers’ corrections stored before the load where they were made', async () => {
		const split = async (db: Db) => {
			const [[event]] = await db.values<[string]>(`SELECT e.id FROM events e JOIN story_mentions m ON m.event_seq = e.seq
				WHERE m.story_seq IN (SELECT story_seq FROM story_mentions GROUP BY story_seq HAVING count(*) > 2) ORDER BY e.id LIMIT 1`);
			await correctStories(db, { op: 'split', event });
		};
		const db = await fresh();
		await storedOneByOne(db, first);
		await split(db);
		const bulk = await beginBulkLoad(db);
		await storedOneByOne(db, rest);
		expect(await writeTransaction(db, (tx) => storyThreadOf(tx)!.writeStories(tx))).toBe(true);
		await bulk.finish();
		const stories = await storedStories(db);
		expect(stories[0].some((face) => (face as unknown[]).at(-1) === 1)).toBe(true);
		expect(stories).toEqual(await merged(split));
	});

	it('passes its stories over for an article written over during the load, and builds them from the stored events', async () => {
		const db = await fresh();
		const bulk = await beginBulkLoad(db);
		await storedOneByOne(db, drafts);
		const edited = { ...drafts[3], text: `${drafts[3].text}\n\nThe talks resume on Monday.` };
		expect((await storeBatch(db, [edited])).outcomes.updated).toBe(1);
		expect(await writeTransaction(db, (tx) => storyThreadOf(tx)!.writeStories(tx))).toBe(false);
		await bulk.finish();
		const alone = await fresh();
		await storedOneByOne(alone, drafts.map((d, i) => (i === 3 ? edited : d)));
		const [faces, mentions] = await storedStories(db);
		const [aloneFaces, aloneMentions] = await storedStories(alone);
		expect(mentions).toEqual(aloneMentions);
		expect(faces).toEqual(aloneFaces);
	});

	it('leaves another process in step: it catches up by feeding the load’s articles, not by building anew', async () => {
		const db = await fresh();
		await storedOneByOne(db, first);
		const other = await engine.another(db);
		opened.push(other);
		await storeBatch(other, rest.slice(0, 1));
		const builder = stateOf(other)!.builder;
		const bulk = await beginBulkLoad(db);
		await storedOneByOne(db, rest.slice(1, -1));
		await bulk.finish();
		await storeBatch(other, rest.slice(-1));
		expect(stateOf(other)!.builder).toBe(builder);
		expect(await storedStories(db)).toEqual(await merged());
	});

	it('passes its stories over when another process wrote during the load', async () => {
		const db = await fresh();
		const bulk = await beginBulkLoad(db);
		await storedOneByOne(db, first);
		const other = await engine.another(db);
		opened.push(other);
		await storeBatch(other, rest.slice(0, 1));
		await storedOneByOne(db, rest.slice(1));
		expect(await writeTransaction(db, (tx) => storyThreadOf(tx)!.writeStories(tx))).toBe(false);
		await bulk.finish();
		expect(await storedStories(db)).toEqual(await merged());
	});

	it('loses nothing when the thread fails: the stories are built from the stored events', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const db = await fresh();
		const bulk = await beginBulkLoad(db);
		await storedOneByOne(db, first);
		await storyThreadOf(db)!.stop();
		await storedOneByOne(db, rest);
		await bulk.finish();
		expect(warn).toHaveBeenCalledWith(expect.stringMatching(/story thread failed .*built from the stored events/));
		warn.mockRestore();
		expect(await storedStories(db)).toEqual(await merged());
	});
});
