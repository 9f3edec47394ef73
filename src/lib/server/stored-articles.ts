/** What is stored of an article, read by both the queries and the writers. */
import type { Correction } from '../domain/corrections';
import type { ArticleDraft } from '../domain/types';
import type { Db } from './open-database';
import { preparedFor } from './statements';

const sql = preparedFor((db) => ({
	corrections: db.prepare('SELECT body FROM corrections WHERE article_id = ?').pluck(),
	draft: db.prepare('SELECT url, title, source, published, text, content_hash FROM articles WHERE id = ?')
}));

interface DraftRow {
	url: string | null;
	title: string;
	source: string | null;
	published: string;
	text: string;
}

const fromRow = (row: DraftRow): ArticleDraft => ({
	title: row.title,
	published: row.published,
	text: row.text,
	url: row.url ?? undefined,
	source: row.source ?? undefined
});

/** The reader's corrections to an article's events. */
export function storedCorrections(db: Db, articleId: string): Correction[] {
	const body = sql(db).corrections.get(articleId) as string | undefined;
	return body ? (JSON.parse(body) as Correction[]) : [];
}

/** A stored article's content, and the hash of it that was stored with it; undefined for an unknown id. */
export function storedDraft(db: Db, id: string): { draft: ArticleDraft; contentHash: string } | undefined {
	const row = sql(db).draft.get(id) as (DraftRow & { content_hash: string }) | undefined;
	return row && { draft: fromRow(row), contentHash: row.content_hash };
}

/** Every stored article's content, for `--reextract`. */
export function* storedDrafts(db: Db): Generator<ArticleDraft> {
	const rows = db.prepare('SELECT url, title, source, published, text FROM articles ORDER BY id').all() as DraftRow[];
	for (const row of rows) yield fromRow(row);
}
