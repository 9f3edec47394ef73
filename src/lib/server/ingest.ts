import { parseDay } from '../domain/days';
import { datedEvents } from '../domain/events';
import { articleId, hash } from '../domain/ids';
import type { ArticleDraft, DatedEvent } from '../domain/types';
import { extract } from '../extract';
import { EXTRACTOR_VERSION } from '../extract/version';
import type { Db } from './db';
import { bumpDatasetVersion } from './version';

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

/**
 * Stores one article and its events; call it inside a transaction (see `storeBatch`).
 * The same article again changes nothing; an edited one replaces its own events,
 * which keep their ids where the event is the same (see `eventId`).
 */
export function storeArticle(db: Db, draft: ArticleDraft, options: StoreOptions = {}): Stored {
	const id = articleId(draft.url, draft.text);
	const digest = contentHash(draft);
	const existing = db.prepare('SELECT content_hash, extractor_version FROM articles WHERE id = ?').get(id) as
		| { content_hash: string; extractor_version: string }
		| undefined;
	if (existing && existing.content_hash === digest && existing.extractor_version === EXTRACTOR_VERSION && !options.reextract) {
		return { id, outcome: 'unchanged', events: [] };
	}
	const extraction = extract({ id, published: draft.published, title: draft.title, text: draft.text });
	const events = datedEvents({ id, text: draft.text }, extraction);
	db.prepare(
		`INSERT INTO articles (id, url, title, source, published, text, content_hash, dates, places, extractor_version, ingested_at)
		 VALUES (@id, @url, @title, @source, @published, @text, @hash, @dates, @places, @version, @now)
		 ON CONFLICT(id) DO UPDATE SET url = excluded.url, title = excluded.title, source = excluded.source,
		   published = excluded.published, text = excluded.text, content_hash = excluded.content_hash,
		   dates = excluded.dates, places = excluded.places, extractor_version = excluded.extractor_version,
		   ingested_at = excluded.ingested_at`
	).run({
		id,
		url: draft.url ?? null,
		title: draft.title,
		source: draft.source ?? null,
		published: draft.published,
		text: draft.text,
		hash: digest,
		dates: JSON.stringify(extraction.dates),
		places: JSON.stringify(extraction.places),
		version: EXTRACTOR_VERSION,
		now: new Date().toISOString()
	});
	replaceEvents(db, id, events);
	bumpDatasetVersion(db);
	return { id, outcome: existing ? 'updated' : 'new', events };
}

function replaceEvents(db: Db, article: string, events: DatedEvent[]): void {
	db.prepare('DELETE FROM events WHERE article_id = ?').run(article);
	const insertEvent = db.prepare(
		`INSERT INTO events (id, article_id, value, granularity, first_day, last_day, countries, start, end, summary, confidence)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertCountry = db.prepare('INSERT INTO event_countries (event_seq, country, rank) VALUES (?, ?, ?)');
	for (const e of events) {
		const { lastInsertRowid } = insertEvent.run(
			e.id,
			article,
			e.date.value,
			e.date.granularity,
			parseDay(e.first),
			parseDay(e.last),
			e.countries.join(','),
			e.start,
			e.end,
			e.summary,
			e.confidence
		);
		e.countries.forEach((country, rank) => insertCountry.run(lastInsertRowid, country, rank));
	}
}

/** Deletes an article and its events; false if there was none. */
export function deleteArticle(db: Db, id: string): boolean {
	return db.transaction(() => {
		const { changes } = db.prepare('DELETE FROM articles WHERE id = ?').run(id);
		if (changes) bumpDatasetVersion(db);
		return changes > 0;
	})();
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
	return db.transaction(() => {
		const result: BatchResult = { outcomes: { new: 0, updated: 0, unchanged: 0 }, events: 0 };
		for (const draft of drafts) {
			const stored = storeArticle(db, draft, options);
			result.outcomes[stored.outcome]++;
			result.events += stored.events.length;
		}
		return result;
	})();
}

/** Every stored article's content, for `--reextract`. */
export function* storedDrafts(db: Db): Generator<ArticleDraft> {
	const rows = db.prepare('SELECT url, title, source, published, text FROM articles ORDER BY id').all() as {
		url: string | null;
		title: string;
		source: string | null;
		published: string;
		text: string;
	}[];
	for (const row of rows) yield { title: row.title, published: row.published, text: row.text, url: row.url ?? undefined, source: row.source ?? undefined };
}
