import { datedEvents } from '../domain/events';
import { articleId, hash } from '../domain/ids';
import type { Correction } from '../domain/corrections';
import type { ArticleDraft, DatedEvent, Extraction } from '../domain/types';
import { extract } from '../extract';
import { EXTRACTOR_VERSION } from '../extract/version';
import { loadWorldGazetteer } from '../extract/world-gazetteer.server';
import type { Db } from './db';
import { IdFilter } from './id-filter';
import { buildDeferredIndexes, deferIndexes, indexesDeferred } from './indexes';
import { bumpDatasetVersion } from './version';
import { writeTransaction } from './write-transaction';

export type Outcome = 'new' | 'updated' | 'unchanged';

export interface Stored {
	id: string;
	outcome: Outcome;
	events: DatedEvent[];
}

export interface StoreOptions {
	/** Recompute the events even when the article is unchanged (the extractor changed). */
	reextract?: boolean;
}

/** What identifies an article's content: an edit to any of these is an update. */
function contentHash(draft: ArticleDraft): string {
	return hash(JSON.stringify([draft.title, draft.published, draft.source ?? null, draft.url ?? null, draft.text]));
}

function extractDraft(id: string, draft: ArticleDraft): Extraction {
	return extract({ id, published: draft.published, title: draft.title, text: draft.text }, { world: loadWorldGazetteer() });
}

/** Prepared once per connection: preparing costs more than running these small statements. */
const cache = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
	return {
		existing: db.prepare('SELECT content_hash, extractor_version FROM articles WHERE id = ?'),
		exists: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
		// Positional parameters: binding them by name costs a property lookup each.
		upsertArticle: db.prepare(
			`INSERT INTO articles (id, url, title, source, published, text, content_hash, dates, places, extractor_version, ingested_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			 ON CONFLICT(id) DO UPDATE SET url = excluded.url, title = excluded.title, source = excluded.source,
			   published = excluded.published, text = excluded.text, content_hash = excluded.content_hash,
			   dates = excluded.dates, places = excluded.places, extractor_version = excluded.extractor_version,
			   ingested_at = excluded.ingested_at`
		),
		deleteEvents: db.prepare('DELETE FROM events WHERE article_id = ?'),
		insertEvent: db.prepare(
			`INSERT INTO events (id, article_id, value, granularity, first_day, last_day, countries, start, end, summary, confidence, human)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		),
		corrections: db.prepare('SELECT body FROM corrections WHERE article_id = ?').pluck(),
		saveCorrections: db.prepare(
			'INSERT INTO corrections (article_id, body) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET body = excluded.body'
		),
		insertCountry: db.prepare('INSERT INTO event_countries (event_seq, country, rank) VALUES (?, ?, ?)')
	};
}
const statements = (db: Db) => cache.get(db) ?? cache.set(db, prepare(db)).get(db)!;

/**
 * Stores one article and its events; call it inside a transaction (see `storeBatch`).
 * The same article again changes nothing; an edited one replaces its own events,
 * which keep their ids where the event is the same (see `eventId`).
 */
export function storeArticle(db: Db, draft: ArticleDraft, options: StoreOptions = {}): Stored {
	const id = articleId(draft.url, draft.text);
	const digest = contentHash(draft);
	const existing = statements(db).existing.get(id) as { content_hash: string; extractor_version: string } | undefined;
	if (existing && existing.content_hash === digest && existing.extractor_version === EXTRACTOR_VERSION && !options.reextract) {
		return { id, outcome: 'unchanged', events: [] };
	}
	const events = write(db, id, draft, extractDraft(id, draft), digest, existing !== undefined);
	return { id, outcome: existing ? 'updated' : 'new', events };
}

/**
 * Writes an article with an extraction already made (by the extractor, or by
 * the benchmark's generator) and replaces its events. Returns the events stored.
 */
export function writeArticle(db: Db, id: string, draft: ArticleDraft, extraction: Extraction, digest = contentHash(draft)): DatedEvent[] {
	return write(db, id, draft, extraction, digest, statements(db).exists.get(id) !== undefined);
}

/**
 * `stored`: whether the article is in the database already. Only then can it
 * have corrections and events to replace (foreign keys see to that), so a new
 * article skips looking for them.
 */
function write(db: Db, id: string, draft: ArticleDraft, extraction: Extraction, digest: string, stored: boolean): DatedEvent[] {
	const sql = statements(db);
	const events = datedEvents({ id, text: draft.text }, extraction, stored ? corrections(db, id) : []);
	guardIndexes(db, stored, events);
	sql.upsertArticle.run(
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
	);
	if (stored) sql.deleteEvents.run(id);
	for (const e of events) {
		const { lastInsertRowid } = sql.insertEvent.run(
			e.id,
			id,
			e.date.value,
			e.date.granularity,
			e.firstDay,
			e.lastDay,
			e.countries.join(','),
			e.start,
			e.end,
			e.summary,
			e.confidence,
			e.human ? 1 : 0
		);
		for (let rank = 0; rank < e.countries.length; rank++) sql.insertCountry.run(lastInsertRowid, e.countries[rank], rank);
	}
	bumpDatasetVersion(db);
	return events;
}

/**
 * The event ids each connection's bulk load has written while the index that
 * keeps them unique is dropped (see `beginBulkLoad`): it started on an empty
 * table, so these are all the ids there are.
 */
const bulkLoads = new WeakMap<Db, IdFilter>();

export interface BulkLoad {
	/** Builds the indexes the load did without: seconds for a million events, once. */
	finish(): void;
}

/**
 * Starts loading many articles (the CLI's batches, the benchmark): into a
 * database without events, the indexes only readers and deletions need are
 * dropped now and built by `finish` (see indexes.ts). Batches stay
 * transactions of whole articles; a process killed before `finish` leaves
 * the indexes to the next `openDb`. Readers meanwhile get the same answers, slower.
 */
export function beginBulkLoad(db: Db): BulkLoad {
	if (deferIndexes(db)) bulkLoads.set(db, new IdFilter());
	const checkpointPages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
	const pageSize = db.pragma('page_size', { simple: true }) as number;
	db.pragma(`wal_autocheckpoint = ${Math.max(checkpointPages, Math.ceil(BULK_WAL_BYTES / pageSize))}`);
	const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
	db.pragma(`busy_timeout = ${Math.max(busyTimeout, BULK_PATIENCE_MS)}`);
	return {
		finish() {
			requireIndexes(db);
			db.pragma(`busy_timeout = ${busyTimeout}`);
			db.pragma(`wal_autocheckpoint = ${checkpointPages}`);
			// Gives the disk back the WAL the load grew, instead of keeping it for reuse.
			db.pragma('wal_checkpoint(TRUNCATE)');
		}
	};
}

/**
 * How much WAL a bulk load lets grow before copying it into the database. Each
 * checkpoint copies and syncs the file, and batches rewrite pages the one before
 * wrote (the tails of the tables, the indexes kept), copied once per checkpoint:
 * at SQLite's default of 1000 pages (16 MiB here), a million events checkpointed
 * about a hundred times and wrote 1.63 GiB for a 0.55 GiB file; with this, 1.45 GiB,
 * in about 15% less time (the final checkpoint included).
 */
const BULK_WAL_BYTES = 1 << 30;

/**
 * How long a bulk load's batch waits for another writer. A server opened during the load
 * builds the indexes the load dropped (see `openDb`), which holds the database for seconds
 * at a million events: with the usual five seconds the load stopped, "database is locked".
 */
const BULK_PATIENCE_MS = 120_000;

/**
 * Called before writing an article's events. Without the indexes, only this
 * connection's bulk load may write, and only new articles whose event ids it
 * has not seen; anything else builds them first, so that SQLite deletes events
 * through them and rejects a repeated id just as it always does.
 */
function guardIndexes(db: Db, stored: boolean, events: readonly DatedEvent[]): void {
	const ids = bulkLoads.get(db);
	// An id the filter may have seen (one of a failed batch, say) only costs building the indexes early.
	if (ids && !stored && events.every((e) => ids.add(e.id))) return;
	if (ids || indexesDeferred(db)) requireIndexes(db);
}

function requireIndexes(db: Db): void {
	bulkLoads.delete(db);
	buildDeferredIndexes(db);
}

/** The reader's corrections to an article's events. */
export function corrections(db: Db, articleId: string): Correction[] {
	const body = statements(db).corrections.get(articleId) as string | undefined;
	return body ? (JSON.parse(body) as Correction[]) : [];
}

/**
 * Replaces an article's corrections and re-applies them to a fresh extraction
 * of its stored text. Returns the events now stored, or null for an unknown article.
 */
export function correctArticle(db: Db, articleId: string, list: Correction[]): DatedEvent[] | null {
	return writeTransaction(db, () => {
		const draft = storedDraft(db, articleId);
		if (!draft) return null;
		statements(db).saveCorrections.run(articleId, JSON.stringify(list));
		return writeArticle(db, articleId, draft, extractDraft(articleId, draft));
	});
}

/** Deletes an article and its events; false if there was none. */
export function deleteArticle(db: Db, id: string): boolean {
	return writeTransaction(db, () => {
		// The delete cascades to the article's events through the indexes a bulk load may have dropped.
		requireIndexes(db);
		const { changes } = db.prepare('DELETE FROM articles WHERE id = ?').run(id);
		if (changes) bumpDatasetVersion(db);
		return changes > 0;
	});
}

export interface BatchResult {
	outcomes: Record<Outcome, number>;
	events: number;
}

/**
 * Stores articles in one transaction: either the whole batch is committed or
 * none of it, so a crash never leaves half an article behind.
 */
export function storeBatch(db: Db, drafts: readonly ArticleDraft[], options: StoreOptions = {}): BatchResult {
	return writeTransaction(db, () => {
		const result: BatchResult = { outcomes: { new: 0, updated: 0, unchanged: 0 }, events: 0 };
		for (const draft of drafts) {
			const stored = storeArticle(db, draft, options);
			result.outcomes[stored.outcome]++;
			result.events += stored.events.length;
		}
		return result;
	});
}

const fromRow = (row: { url: string | null; title: string; source: string | null; published: string; text: string }): ArticleDraft => ({
	title: row.title,
	published: row.published,
	text: row.text,
	url: row.url ?? undefined,
	source: row.source ?? undefined
});

function storedDraft(db: Db, id: string): ArticleDraft | undefined {
	const row = db.prepare('SELECT url, title, source, published, text FROM articles WHERE id = ?').get(id) as Parameters<typeof fromRow>[0] | undefined;
	return row && fromRow(row);
}

/** Every stored article's content, for `--reextract`. */
export function* storedDrafts(db: Db): Generator<ArticleDraft> {
	const rows = db.prepare('SELECT url, title, source, published, text FROM articles ORDER BY id').all() as Parameters<typeof fromRow>[0][];
	for (const row of rows) yield fromRow(row);
}
