import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readArticleFiles } from '../../articles/files';
import { encodeIndex, IndexBuilder } from '../../domain/event-index';
import type { CountUnit } from '../../domain/stories';
import type { ArticleDraft } from '../../domain/types';
import { ARTICLES } from '../../stories/briefs.fixture';
import type { Db } from '../store/db';
import { engines } from '../store/test-databases';
import { deleteArticle, storeBatch } from '../write';
import { writeTransaction } from '../write-transaction';
import { correctStories } from './corrections';
import { type BuiltIndex, fullStoryIndex, storyIndex, storyIndexSince } from './story-index';
import { storiesStale } from './sync';

// The bundled articles written batch by batch, on PostgreSQL too: seconds on a shared machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const UNITS: CountUnit[] = ['stories', 'articles'];
const briefs = Object.fromEntries(
	ARTICLES.map((b) => [b.id, { title: b.title, published: b.published, source: b.outlet, url: `https://example.org/${b.id}`, text: b.text } satisfies ArticleDraft])
);

const count = async (db: Db, sql: string) => Number((await db.values<[number]>(sql))[0][0]);
const storyOf = async (db: Db, value: string) =>
	(await db.values<[string]>('SELECT s.id FROM events e JOIN story_mentions m ON m.event_seq = e.seq JOIN stories s ON s.seq = m.story_seq WHERE e.value = ? ORDER BY e.seq', [value]))[0][0];

describe.each(engines)('the story index after writes on $name', (engine) => {
	let db: Db;
	/** Each unit's index as last brought up to date from the one before, never built anew. */
	const followed: Partial<Record<CountUnit, BuiltIndex>> = {};
	beforeAll(async () => {
		db = await engine.fresh();
		for (const unit of UNITS) followed[unit] = await fullStoryIndex(db, unit);
	});
	afterAll(() => db.close());

	/** Brings both units' indexes up to date from the last and expects the bytes of a build from every story. */
	async function expectFollowed(): Promise<void> {
		for (const unit of UNITS) {
			followed[unit] = await storyIndexSince(db, followed[unit]!, unit);
			expect(encodeIndex(followed[unit].index)).toEqual(encodeIndex((await fullStoryIndex(db, unit)).index));
		}
	}

	it('takes in articles batch by batch, those that join and merge stories too, as a build from every story would', async () => {
		const { drafts } = await readArticleFiles(['data/articles']);
		for (let i = 0; i < drafts.length; i += 10) {
			await storeBatch(db, drafts.slice(i, i + 10));
			await expectFollowed();
		}
		// Articles joined stories that were there (a story of several articles), and some joined two and merged them.
		expect(followed.articles!.index.count).toBeGreaterThan(followed.stories!.index.count);
		expect(await count(db, 'SELECT count(*) FROM story_aliases')).toBeGreaterThan(0);
		expect(await count(db, 'SELECT count(*) FROM stories_gone')).toBeGreaterThan(0);
	});

	it('follows a reader’s split, move and merge, and an article deleted', async () => {
		await storeBatch(db, [briefs['ap-gas'], briefs['star-gas'], briefs['reuters-gas'], briefs['yonhap-jan'], briefs['yonhap-feb']]);
		await expectFollowed();
		const deal = await storyOf(db, '2014-05-21');
		const reuters = (await db.values<[string]>("SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id WHERE e.value = '2014-05-21' AND a.source = 'Reuters'"))[0][0];
		const split = await correctStories(db, { op: 'split', event: reuters });
		await expectFollowed();
		const before = encodeIndex(followed.stories!.index);
		const [jan, feb] = [await storyOf(db, '2016-01-06'), await storyOf(db, '2016-02-10')];
		expect(await correctStories(db, { op: 'merge', story: feb, into: jan })).toBe(jan);
		await expectFollowed();
		expect(encodeIndex(followed.stories!.index)).not.toEqual(before);
		// Moving the mention back empties the split story: deleted.
		expect(await correctStories(db, { op: 'move', event: reuters, to: deal })).toBe(deal);
		await expectFollowed();
		expect([...followed.stories!.index.seq]).not.toContain((await db.values<[number]>('SELECT seq FROM stories WHERE id = ?', [split]))[0]?.[0] ?? -1);
		const articles = followed.articles!.index.count;
		const ap = (await db.values<[string]>("SELECT id FROM articles WHERE source = 'Associated Press' ORDER BY rowid LIMIT 1"))[0][0];
		expect(await deleteArticle(db, ap)).toBe(true);
		await expectFollowed();
		expect(followed.articles!.index.count).toBeLessThan(articles);
	});

	it('follows the stories built again, which forget the stories deleted before', async () => {
		const before = await count(db, 'SELECT max(written) FROM stories_gone');
		expect(await count(db, 'SELECT count(*) FROM stories_gone')).toBeGreaterThan(1);
		await writeTransaction(db, (tx) => storiesStale(tx));
		// The notes from before are forgotten but the last, whose `written` was the greatest; every story is written after it.
		expect(await count(db, `SELECT count(*) FROM stories_gone WHERE written < ${before}`)).toBe(0);
		expect(await count(db, `SELECT count(*) FROM stories_gone WHERE written = ${before}`)).toBeGreaterThan(0);
		expect(await count(db, 'SELECT min(written) FROM stories')).toBeGreaterThan(before);
		await expectFollowed();
	});

	it('follows rows that a statement of its own inserts or changes (the triggers mark them written)', async () => {
		const [[seq]] = await db.values<[number]>('SELECT max(seq) FROM stories');
		await db.run('UPDATE stories SET outlets = outlets + 1, countries = ? WHERE seq = ?', ['ZZ', seq]);
		await db.run(
			`INSERT INTO stories (seq, id, value, granularity, first_day, last_day, countries, summary, articles, outlets, first_article, first_outlet)
			 SELECT ?, 'st-by-hand', '2020', 'year', 18262, 18627, 'FR', 's', 2, 1, first_article, first_outlet FROM stories WHERE seq = ?`,
			[seq + 1, seq]
		);
		await expectFollowed();
		expect([...followed.stories!.index.seq]).toContain(seq + 1);
		expect(followed.stories!.index.countries).toContain('ZZ');
		await db.run('DELETE FROM stories WHERE seq = ?', [seq + 1]);
		await expectFollowed();
		expect([...followed.stories!.index.seq]).not.toContain(seq + 1);
	});

	it('builds once for readers that come during a build: the later ones wait for it and find nothing new', async () => {
		const other = await engine.another(db);
		try {
			const [first, second] = await Promise.all([storyIndex(other, 'stories'), storyIndex(other, 'stories')]);
			expect(second).toBe(first);
			expect(first.count).toBeGreaterThan(100);
		} finally {
			await other.close();
		}
	});

	it('counts each article telling a story once, as the mentions stored say', async () => {
		// The articles unit is read from the faces' counts; this is what the mentions themselves give.
		const rows = await db.values<[number, number, number, string]>(
			`SELECT s.seq, s.first_day, s.last_day, s.countries FROM
			   (SELECT DISTINCT m.story_seq AS story, e.article_id FROM story_mentions m JOIN events e ON e.seq = m.event_seq) t
			 JOIN stories s ON s.seq = t.story ORDER BY s.first_day, s.last_day, s.countries, s.seq`
		);
		const builder = new IndexBuilder();
		for (const [seq, first, last, countries] of rows) builder.add(seq, first, last, countries ? countries.split(',') : [], 1);
		expect(rows.length).toBeGreaterThan(100);
		expect(encodeIndex(await storyIndex(db, 'articles'))).toEqual(encodeIndex(builder.build()));
	});
});
