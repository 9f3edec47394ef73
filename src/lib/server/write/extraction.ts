/**
 * The part of storing an article done before taking the write lock: what
 * identifies its content, whether the stored copy is current, and its
 * extraction, which may take seconds for a long text and must never hold the
 * lock while it runs (see store-articles.ts).
 */
import { hash } from '../../domain/ids';
import type { ArticleDraft, Extraction } from '../../domain/types';
import { extract } from '../../extract';
import { EXTRACTOR_VERSION } from '../../extract/version';
import { loadWorldGazetteer } from '../../extract/world-gazetteer.server';
import type { Db } from '../store/db';

/** What identifies an article's content: an edit to any of these is an update. */
export function contentHash(draft: ArticleDraft): string {
	return hash(JSON.stringify([draft.title, draft.published, draft.source ?? null, draft.url ?? null, draft.text]));
}

export function extractDraft(id: string, draft: ArticleDraft): Extraction {
	return extract({ id, published: draft.published, title: draft.title, text: draft.text, url: draft.url, source: draft.source }, { world: loadWorldGazetteer() });
}

/** The stored copy of an article, as far as deciding whether to extract it again goes. */
export interface StoredVersion {
	content_hash: string;
	extractor_version: string;
}

/** The stored copy's version; undefined for an article not stored. */
export function storedVersion(db: Db, id: string): Promise<StoredVersion | undefined> {
	return db.get<StoredVersion>('SELECT content_hash, extractor_version FROM articles WHERE id = ?', [id]);
}

/** The stored copies' versions of many articles, by id, in one query (a batch's: one round trip, not one per article). */
export async function storedVersions(db: Db, ids: readonly string[]): Promise<Map<string, StoredVersion>> {
	const rows = await db.all<StoredVersion & { id: string }>(
		`SELECT id, content_hash, extractor_version FROM articles WHERE ${db.dialect.inList('id', 'text')}`,
		[JSON.stringify(ids)]
	);
	return new Map(rows.map(({ id, ...version }) => [id, version]));
}

/** Whether the stored copy is this content, extracted by this extractor. */
export function isCurrent(stored: StoredVersion | undefined, digest: string): boolean {
	return stored !== undefined && stored.content_hash === digest && stored.extractor_version === EXTRACTOR_VERSION;
}
