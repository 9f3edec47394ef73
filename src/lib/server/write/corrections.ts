import type { Correction } from '../../domain/corrections';
import type { DatedEvent } from '../../domain/types';
import type { Db } from '../store/db';
import { storedDraft } from '../stored-articles';
import { writeTransaction } from '../write-transaction';
import { writeArticle } from './article-writes';
import { extractDraft, storedVersion } from './extraction';

/**
 * Replaces an article's corrections and re-applies them to a fresh extraction
 * of its stored text. Returns the events now stored, or null for an unknown article.
 * The text is extracted before the write transaction (see store-articles.ts); if
 * another writer changed the article meanwhile, its new text is read and extracted again.
 */
export async function correctArticle(db: Db, articleId: string, list: Correction[]): Promise<DatedEvent[] | null> {
	for (;;) {
		const stored = await storedDraft(db, articleId);
		if (!stored) return null;
		const extraction = extractDraft(articleId, stored.draft);
		const events = await writeTransaction(db, async (tx) => {
			const now = await storedVersion(tx, articleId);
			if (!now) return null;
			if (now.content_hash !== stored.contentHash) return CHANGED;
			return writeArticle(tx, articleId, stored.draft, extraction, { contentHash: stored.contentHash, stored: true, corrections: list });
		});
		if (events !== CHANGED) return events;
	}
}

const CHANGED = Symbol('the article changed since it was read');
