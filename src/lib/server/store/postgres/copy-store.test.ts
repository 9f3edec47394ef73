import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { copyStore } from './copy-store';
import { fillStore, storeContents } from './test-store';
import { openPostgres } from './open';
import { freshDatabaseUrl } from './test-database';

let source: Db;
let target: Db;

beforeAll(async () => {
	[source, target] = await Promise.all([freshDatabaseUrl().then(openPostgres), freshDatabaseUrl().then(openPostgres)]);
	await fillStore(source);
});
afterAll(() => Promise.all([source?.close(), target?.close()]));

describe('copyStore', () => {
	it('copies every table into an empty store, and numbers go on after the largest copied', async () => {
		const copied = await copyStore(source, target);
		expect(copied.map(({ table, rows }) => `${table} ${rows}`)).toEqual([
			'articles 2',
			'events 2',
			'event_countries 2',
			'meta 2',
			'corrections 1',
			'stories 1',
			'story_mentions 2',
			'story_aliases 1',
			'article_copies 1',
			'story_corrections 1'
		]);
		expect(await storeContents(target)).toEqual(await storeContents(source));
		await target.run(
			'INSERT INTO articles (id, url, title, source, published, text, content_hash, dates, places, extractor_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
			['a3', null, 'T', null, '2024-03-03', 't', 'h3', '[]', '[]', '7', '2024-03-03T10:00:00Z']
		);
		expect(await target.get("SELECT rowid FROM articles WHERE id = 'a3'")).toEqual({ rowid: 3 });
		const story = await target.get<{ seq: number }>(
			"INSERT INTO stories (id, value, granularity, first_day, last_day, countries, summary, articles, outlets, first_article, first_outlet) VALUES ('st-new', '2024', 'year', 1, 2, '', 's', 1, 1, 'a3', 'x') RETURNING seq"
		);
		expect(story).toEqual({ seq: 6 });
	});

	it('refuses a target that is not empty, and leaves it as it was', async () => {
		const before = await storeContents(target);
		await expect(copyStore(source, target)).rejects.toThrow('the target database is not empty (articles has rows)');
		expect(await storeContents(target)).toEqual(before);
	});
});
