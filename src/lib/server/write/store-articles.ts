/**
 * Storing articles as they come (the API, the CLI's batches, `--reextract`) in
 * two steps, so that a slow article never holds the write lock while it is
 * extracted: another process's ingest would wait for it or fail with "database
 * is locked". `prepareArticles` reads what decides whether an article needs
 * extracting and extracts it, outside any write transaction; `commitArticles`
 * takes the write lock, asks again, and only writes.
 */
import type { Correction } from '../../domain/corrections';
import { articleId } from '../../domain/ids';
import { datedEvents } from '../../domain/events';
import type { ArticleDraft, DatedEvent, Extraction } from '../../domain/types';
import type { Db } from '../store/db';
import { writeTransaction } from '../write-transaction';
import { settleArticle } from './appends';
import { giveWay } from './give-way';
import { writeArticle } from './article-writes';
import { contentHash, extractDraft, isCurrent, type StoredVersion, storedVersion, storedVersions } from './extraction';

export type Outcome = 'new' | 'updated' | 'unchanged';

export interface Stored {
	id: string;
	outcome: Outcome;
	events: DatedEvent[];
	/** The article gave more events than the extractor keeps (see MAX_EVENTS): only the first were stored. */
	capped?: true;
}

export interface StoreOptions {
	/** Recompute the events even when the article is unchanged (the extractor changed). */
	reextract?: boolean;
	/** What extracts an article: the extractor, unless the caller has its own extractions (the benchmark's generator). */
	extract?: (id: string, draft: ArticleDraft) => Extraction;
}

/** An article on its way into the store. */
export interface Prepared {
	draft: ArticleDraft;
	id: string;
	contentHash: string;
	/** Corrections that replace the article's own, and make its events be written even when it is unchanged. */
	corrections: Correction[] | undefined;
	/** Made before the write when the article needed it then; undefined when it was current. */
	extraction: Extraction | undefined;
	/**
	 * The events of that extraction as they are written when the article is new or its corrections are given
	 * (stored ones cannot apply): made with it, outside the lock, as is all work that needs no database.
	 */
	events?: DatedEvent[];
}

/** Extracts a prepared article, and makes its events while no lock is held. */
function extractPrepared(p: Prepared, options: StoreOptions): void {
	p.extraction = (options.extract ?? extractDraft)(p.id, p.draft);
	p.events = datedEvents({ id: p.id, text: p.draft.text }, p.extraction, p.corrections ?? []);
}

/**
 * Stores one article and its events. The same article again changes nothing;
 * an edited one replaces its own events, which keep their ids where the event is
 * the same (see `eventId`). `corrections`, if given, replace the article's own.
 */
export async function storeArticle(db: Db, draft: ArticleDraft, options: StoreOptions & { corrections?: Correction[] } = {}): Promise<Stored> {
	return (await commitArticles(db, await prepareArticles(db, [draft], options, options.corrections), options))[0];
}

export interface BatchResult {
	outcomes: Record<Outcome, number>;
	events: number;
}

/**
 * Stores articles in one write transaction: either the whole batch is committed
 * or none of it, so a crash never leaves half an article behind.
 */
export async function storeBatch(db: Db, drafts: readonly ArticleDraft[], options: StoreOptions = {}): Promise<BatchResult> {
	const result: BatchResult = { outcomes: { new: 0, updated: 0, unchanged: 0 }, events: 0 };
	for (const stored of await commitArticles(db, await prepareArticles(db, drafts, options), options)) {
		result.outcomes[stored.outcome]++;
		result.events += stored.events.length;
	}
	return result;
}

/** What storing an article over its stored copy comes to. */
function outcomeOver(stored: StoredVersion | undefined, digest: string, options: StoreOptions): Outcome {
	if (stored === undefined) return 'new';
	return isCurrent(stored, digest) && !options.reextract ? 'unchanged' : 'updated';
}

/** Whether the article's events must be written (and so extracted). */
const writes = (outcome: Outcome, article: Prepared) => outcome !== 'unchanged' || article.corrections !== undefined;

/**
 * Outside any write transaction: the articles' ids and hashes, and the
 * extraction of each that the store does not hold as it is. The stored copies
 * are read in one query, one snapshot for the batch.
 */
export async function prepareArticles(db: Db, drafts: readonly ArticleDraft[], options: StoreOptions = {}, corrections?: Correction[]): Promise<Prepared[]> {
	const prepared: Prepared[] = [];
	// Giving way, here and below: a batch committing meanwhile (commit-in-turn.ts) goes on with its statements.
	for (const draft of drafts) {
		prepared.push({ draft, id: articleId(draft.url, draft.text), contentHash: contentHash(draft), corrections, extraction: undefined });
		await giveWay();
	}
	const versions = await storedVersions(db, prepared.map((p) => p.id));
	const unextracted = prepared.filter((p) => writes(outcomeOver(versions.get(p.id), p.contentHash, options), p));
	for (const p of unextracted) {
		extractPrepared(p, options);
		await giveWay();
	}
	return prepared;
}

/**
 * Writes prepared articles in one write transaction, deciding each against the
 * store as it is now: another writer may have stored the same article meanwhile
 * (then it is unchanged, and nothing is written twice) or another version of it
 * (then this one, written last, replaces it). An article that was current when
 * prepared and is not now has no extraction: the transaction is rolled back, the
 * article extracted outside it, and the batch written again.
 */
export async function commitArticles(db: Db, prepared: readonly Prepared[], options: StoreOptions = {}): Promise<Stored[]> {
	for (;;) {
		try {
			return await writeTransaction(db, async (tx) => {
				const versions = await storedVersions(tx, prepared.map((p) => p.id));
				const seen = new Set<string>();
				const stored: Stored[] = [];
				for (const p of prepared) {
					// The same article twice in a batch: the second sees the first as stored.
					const version = seen.has(p.id) ? await storedAgain(tx, p.id) : versions.get(p.id);
					seen.add(p.id);
					stored.push(await commit(tx, p, version, options));
				}
				return stored;
			});
		} catch (error) {
			if (!(error instanceof Unextracted)) throw error;
			extractPrepared(error.article, options);
		}
	}
}

async function storedAgain(tx: Db, id: string): Promise<StoredVersion | undefined> {
	await settleArticle(tx, id);
	return storedVersion(tx, id);
}

/** Writes one article over `stored`, its stored copy as the transaction found it. */
async function commit(tx: Db, p: Prepared, stored: StoredVersion | undefined, options: StoreOptions): Promise<Stored> {
	const outcome = outcomeOver(stored, p.contentHash, options);
	if (!writes(outcome, p)) return { id: p.id, outcome, events: [] };
	if (!p.extraction) throw new Unextracted(p);
	const made = stored === undefined || p.corrections !== undefined ? p.events : undefined;
	const events = await writeArticle(tx, p.id, p.draft, p.extraction, { contentHash: p.contentHash, stored: stored !== undefined, corrections: p.corrections, events: made });
	return { id: p.id, outcome, events, ...(p.extraction.capped && { capped: true as const }) };
}

/** Thrown out of a write transaction for an article that needs an extraction it does not have. */
class Unextracted extends Error {
	constructor(readonly article: Prepared) {
		super(`article ${article.id} changed since it was prepared`);
	}
}
