import type { Correction } from '../../domain/corrections';
import { datedEvents } from '../../domain/events';
import type { ArticleDraft, DatedEvent, Extraction } from '../../domain/types';
import { EXTRACTOR_VERSION } from '../../extract/version';
import { noteEventsRemoved } from '../removed-events';
import type { Db } from '../store/db';
import { storedCorrections } from '../stored-articles';
import { storiesOfArticle, storiesOfDeletedArticle } from '../stories/feed';
import { storiesWritten } from '../stories/sync';
import { bumpDatasetVersion } from '../version';
import { writeTransaction } from '../write-transaction';
import { appendsOf, settleArticle } from './appends';
import { guardIndexes, requireIndexes } from './bulk-load';
import { contentHash } from './extraction';

const SQL = {
	exists: 'SELECT 1 AS found FROM articles WHERE id = ?',
	// Positional parameters: binding them by name costs a property lookup each.
	upsertArticle: `INSERT INTO articles (id, url, title, source, published, text, content_hash, dates, places, extractor_version, ingested_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		 ON CONFLICT(id) DO UPDATE SET url = excluded.url, title = excluded.title, source = excluded.source,
		   published = excluded.published, text = excluded.text, content_hash = excluded.content_hash,
		   dates = excluded.dates, places = excluded.places, extractor_version = excluded.extractor_version,
		   ingested_at = excluded.ingested_at`,
	saveCorrections: 'INSERT INTO corrections (article_id, body) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET body = excluded.body',
	deleteEvents: 'DELETE FROM events WHERE article_id = ?',
	deleteArticle: 'DELETE FROM articles WHERE id = ?'
};

const isStored = async (db: Db, id: string) => (await db.get(SQL.exists, [id])) !== undefined;

export interface WriteOptions {
	/** The draft's `contentHash`, when the caller has it already. */
	contentHash?: string;
	/**
	 * Whether the article is in the database already, when the caller knows.
	 * Only then can it have corrections and events to replace (foreign keys see
	 * to that), so a new article skips looking for them.
	 */
	stored?: boolean;
	/** Corrections that replace the stored ones; without them, the stored ones apply. */
	corrections?: Correction[];
	/** The events already made from the extraction with `corrections`, or with none for a new article. */
	events?: DatedEvent[];
}

/**
 * Writes an article with an extraction already made (by the extractor, or by the
 * benchmark's generator) and replaces its events, which keep their ids where the
 * event is the same (see `eventId`), and the story each event joins (stories/feed.ts).
 * Call it inside a write transaction, with its `tx`, which it keeps short: it only writes (and
 * merges). Returns the events stored.
 */
export async function writeArticle(tx: Db, id: string, draft: ArticleDraft, extraction: Extraction, options: WriteOptions = {}): Promise<DatedEvent[]> {
	if (options.stored === undefined) await settleArticle(tx, id);
	const stored = options.stored ?? (await isStored(tx, id));
	const events = options.events ?? datedEvents({ id, text: draft.text }, extraction, options.corrections ?? (stored ? await storedCorrections(tx, id) : []));
	const appending = await guardIndexes(tx, stored, events);
	const digest = options.contentHash ?? contentHash(draft);
	// Decided before the article is written over: a stored article's events are compared with what they were.
	const stories = await storiesOfArticle(tx, id, draft, extraction, events, stored, digest);
	const article = [
		id,
		draft.url ?? null,
		draft.title,
		draft.source ?? null,
		draft.published,
		draft.text,
		digest,
		JSON.stringify(extraction.dates),
		JSON.stringify(extraction.places),
		EXTRACTOR_VERSION,
		new Date().toISOString()
	];
	if (appending && !options.corrections) {
		// A bulk load's new article: its row held with the transaction's others.
		const appends = await appendsOf(tx);
		appends.articles.push(article);
	} else {
		await tx.run(SQL.upsertArticle, article);
		// After the article, which the corrections refer to.
		if (options.corrections) await tx.run(SQL.saveCorrections, [id, JSON.stringify(options.corrections)]);
		if (stored && (await tx.run(SQL.deleteEvents, [id])) > 0) await noteEventsRemoved(tx);
	}
	await appendEvents(tx, id, events, stories);
	await bumpOnce(tx);
	return events;
}

/** Transactions (their handles) that have bumped the dataset version already. */
const bumped = new WeakSet<Db>();

/**
 * Bumps the dataset version once per transaction, not per article: other processes and clients only see it
 * committed, and a batch of two thousand articles spent a statement and two reads on each (~3 µs per event).
 */
async function bumpOnce(tx: Db): Promise<void> {
	if (bumped.has(tx)) return;
	// Outside a transaction (the caller's own business) every write bumps it.
	if (tx.inTransaction) bumped.add(tx);
	await bumpDatasetVersion(tx);
	await storiesWritten(tx);
}

/**
 * An article's events, their countries and stories: held, to be appended with the transaction's others
 * (write/appends.ts), numbered as the database would number them (the writer holds the write lock).
 */
async function appendEvents(tx: Db, id: string, events: readonly DatedEvent[], stories: number[] | null): Promise<void> {
	const appends = await appendsOf(tx);
	appends.ids.add(id);
	for (let i = 0; i < events.length; i++) {
		const e = events[i];
		const seq = appends.nextSeq++;
		appends.events.push([seq, e.id, id, e.date.value, e.date.granularity, e.firstDay, e.lastDay, e.countries.join(','), e.start, e.end, e.summary, e.confidence, e.human ? 1 : 0]);
		for (let rank = 0; rank < e.countries.length; rank++) appends.countries.push([seq, e.countries[rank], rank]);
		if (stories) appends.mentions.push([seq, stories[i]]);
	}
}

/** Deletes an article and its events; false if there was none. */
export function deleteArticle(db: Db, id: string): Promise<boolean> {
	return writeTransaction(db, async (tx) => {
		await settleArticle(tx, id);
		// The delete cascades to the article's events through the indexes a bulk load may have dropped.
		await requireIndexes(tx);
		if (!(await isStored(tx, id))) return false;
		// Its mentions leave their stories (only those are written again, before this commits), while its events are
		// there to say which stories those are.
		await storiesOfDeletedArticle(tx, id);
		await tx.run(SQL.deleteArticle, [id]);
		await noteEventsRemoved(tx);
		await bumpDatasetVersion(tx);
		return true;
	});
}
