/** For tests: a small store with a row in every table, and every table's contents to compare. */
import type { Db } from '../db';

const TABLES = ['articles', 'events', 'event_countries', 'meta', 'corrections', 'stories', 'story_mentions', 'story_aliases', 'article_copies', 'story_corrections'];

/** A small store with a row in every table, awkward text, and numbers with gaps. */
export async function fillStore(db: Db): Promise<void> {
	const article = 'INSERT INTO articles (id, url, title, source, published, text, content_hash, dates, places, extractor_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
	await db.run(article, ['a1', 'https://example.com/1', 'Tabs\tand\nlines', 'Wire', '2024-03-01', 'Back\\slash 東京', 'h1', '[]', '[]', '7', '2024-03-01T10:00:00Z']);
	await db.run(article, ['a2', null, '', null, '2024-03-02', 'text', 'h2', '[{"x":1}]', '[]', '7', '2024-03-02T10:00:00Z']);
	const event = 'INSERT INTO events (seq, id, article_id, value, granularity, first_day, last_day, countries, start, "end", summary, confidence, human) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
	await db.run(event, [3, 'e3', 'a1', '2024-03-01', 'day', 19783, 19783, 'FR,DE', 0, 10, 'First', 0.75, 0]);
	await db.run(event, [9, 'e9', 'a2', '2024', 'year', 19723, 20088, '', 4, 8, 'Second', 1, 1]);
	await db.run('INSERT INTO event_countries (event_seq, country, rank) VALUES (?, ?, ?), (?, ?, ?)', [3, 'FR', 0, 3, 'DE', 1]);
	await db.run("UPDATE meta SET value = '12' WHERE key = 'dataset_version'");
	await db.run('INSERT INTO corrections (article_id, body) VALUES (?, ?)', ['a1', '[{"kind":"drop"}]']);
	const story = 'INSERT INTO stories (seq, id, value, granularity, first_day, last_day, spread_first, spread_last, countries, summary, articles, outlets, first_article, first_outlet, human) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
	await db.run(story, [5, 'st-5', '2024-03-01', 'day', 19783, 19783, null, null, 'FR', 'First', 1, 1, 'a1', 'Wire', 0]);
	await db.run('INSERT INTO story_mentions (event_seq, story_seq) VALUES (?, ?), (?, ?)', [3, 5, 9, 5]);
	await db.run('INSERT INTO story_aliases (alias, story) VALUES (?, ?)', ['st-old', 'st-5']);
	await db.run('INSERT INTO article_copies (article_id, copy_of) VALUES (?, ?)', ['a2', 'a1']);
	await db.run('INSERT INTO story_corrections (seq, body, after_article) VALUES (?, ?, ?)', [4, '{"merge":["st-5"]}', 2]);
}

/** Every table's rows, in a stable order; articles with their ingest order (a hidden column on SQLite). */
export async function storeContents(db: Db): Promise<Record<string, unknown[][]>> {
	const out: Record<string, unknown[][]> = {};
	for (const table of TABLES) {
		const columns = table === 'articles' ? 'rowid, id, url, title, source, published, text, content_hash, dates, places, extractor_version, ingested_at' : '*';
		out[table] = await db.values(`SELECT ${columns} FROM ${table} ORDER BY 1, 2`);
	}
	return out;
}
