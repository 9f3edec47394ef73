/** What is stored of an article, read by both the queries and the writers. */
import type { Correction } from '../domain/corrections';
import type { ArticleDraft } from '../domain/types';
import type { Db } from './store/db';

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
export async function storedCorrections(db: Db, articleId: string): Promise<Correction[]> {
	const row = await db.get<{ body: string }>('SELECT body FROM corrections WHERE article_id = ?', [articleId]);
	return row ? (JSON.parse(row.body) as Correction[]) : [];
}

/** A stored article's content, and the hash of it that was stored with it; undefined for an unknown id. */
export async function storedDraft(db: Db, id: string): Promise<{ draft: ArticleDraft; contentHash: string } | undefined> {
	const row = await db.get<DraftRow & { content_hash: string }>('SELECT url, title, source, published, text, content_hash FROM articles WHERE id = ?', [id]);
	return row && { draft: fromRow(row), contentHash: row.content_hash };
}

/** Every stored article's content, for `--reextract`. */
export async function storedDrafts(db: Db): Promise<ArticleDraft[]> {
	const rows = await db.all<DraftRow>('SELECT url, title, source, published, text FROM articles ORDER BY id');
	return rows.map(fromRow);
}
