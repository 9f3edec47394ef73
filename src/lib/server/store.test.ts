import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTER } from '../domain/filter';
import { articleById, articleCount, eventPage } from './queries';
import type { Db } from './store/db';
import { seedDraft, second } from './store/test-articles';
import { engines, INDEXES, indexNames } from './store/test-databases';
import { storedDrafts } from './stored-articles';
import { datasetVersion } from './version';
import { beginBulkLoad, correctArticle, deleteArticle, storeArticle, storeBatch } from './write';
import { commitArticles, type Prepared, prepareArticles } from './write/store-articles';
import { flushAppends } from './write/appends';
import { writeTransaction } from './write-transaction';

let db: Db;
afterEach(async () => {
	await db.close();
});

const eventIds = async () => (await eventPage(db, NO_FILTER, 0, 500)).events.map((e) => e.id);
const firstArticleId = async () => (await eventPage(db, NO_FILTER)).events[0].article.id;

const indexes = async (conn: Db = db) => indexNames(conn);

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

		it('takes an article, the same again and then its edited version in one batch, and keeps the edited one', async () => {
			const edited = { ...seedDraft, text: `Update: the ministry confirmed the deal.\n\n${seedDraft.text}` };
			expect((await storeBatch(db, [seedDraft, seedDraft, edited])).outcomes).toEqual({ new: 1, unchanged: 1, updated: 1 });
			expect(await articleCount(db)).toBe(1);
			const article = (await articleById(db, await firstArticleId()))!;
			expect(article.text).toBe(edited.text);
			expect(article.events.length).toBeGreaterThan(0);
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

		it('sees an article written earlier in the same batch as stored', async () => {
			const result = await storeBatch(db, [seedDraft, seedDraft]);
			expect(result.outcomes).toEqual({ new: 1, unchanged: 1, updated: 0 });
			expect(await articleCount(db)).toBe(1);
		});

		it('forgets the rows it held before its rollback lets the next one in', async () => {
			// The next transaction may take the write lock as soon as the server has rolled back, before the failed one
			// hears of it: what the failed one held in memory must be gone by then, or the next one flushes it as its own.
			let heldAtRollback: number | undefined;
			const probed: Db = Object.create(db, {
				transaction: {
					value: <T>(work: (tx: Db) => Promise<T>) =>
						db.transaction(async (tx) => {
							try {
								return await work(tx);
							} catch (error) {
								// What a transaction taking the lock now would write as its own.
								await flushAppends(tx);
								heldAtRollback = (await tx.get<{ n: number }>('SELECT count(*) AS n FROM events'))!.n;
								throw error;
							}
						})
				}
			});
			const failing = writeTransaction(probed, async (tx) => {
				await storeBatch(tx, [seedDraft]);
				throw new Error('the batch fails');
			});
			await expect(failing).rejects.toThrow('the batch fails');
			expect(Number(heldAtRollback)).toBe(0);
			expect((await storeBatch(db, [second])).outcomes.new).toBe(1);
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
			// The foreign keys are there too (PostgreSQL's load drops them): an event of no article is refused.
			const orphan = `INSERT INTO events (id, article_id, value, granularity, first_day, last_day, countries, start, "end", summary, confidence)
				VALUES ('orphan', 'no-such-article', '2024', 'year', 1, 2, '', 0, 1, 's', 1)`;
			await expect(db.run(orphan)).rejects.toThrow(/foreign key/i);

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
