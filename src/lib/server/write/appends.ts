import type { Db, Param } from '../store/db';

/**
 * Rows a write transaction appends (every article's events, their countries and stories, and a bulk
 * load's new articles), kept until it writes them with `insertRows` in one go per table: COPY on
 * PostgreSQL, where a statement per row costs a round trip each. Anything that reads or changes
 * those rows in the transaction writes them first (`flushAppends`); the write transaction does before
 * it commits. Keyed by the database's root: one write transaction at a time.
 */
interface Appends {
	articles: Param[][];
	events: Param[][];
	countries: Param[][];
	mentions: Param[][];
	/** Ids of the articles whose rows (the article's, or only its events') are held, to write them before one of them is looked at again. */
	ids: Set<string>;
	/** The number the next event gets, as the database would number it (the largest + 1). */
	nextSeq: number;
}

const pending = new WeakMap<Db, Appends>();

export const ARTICLE_COLUMNS = ['id', 'url', 'title', 'source', 'published', 'text', 'content_hash', 'dates', 'places', 'extractor_version', 'ingested_at'];
const EVENT_COLUMNS = ['seq', 'id', 'article_id', 'value', 'granularity', 'first_day', 'last_day', 'countries', 'start', '"end"', 'summary', 'confidence', 'human'];

/** The rows held for this transaction, begun with the events' next number. */
export async function appendsOf(tx: Db): Promise<Appends> {
	let appends = pending.get(tx.root);
	if (!appends) {
		const row = await tx.get<{ last: number }>('SELECT coalesce(max(seq), 0) AS last FROM events');
		appends = { articles: [], events: [], countries: [], mentions: [], ids: new Set(), nextSeq: row!.last + 1 };
		pending.set(tx.root, appends);
	}
	return appends;
}

/** Writes the rows held, if any, in the order their references need. */
export async function flushAppends(tx: Db): Promise<void> {
	const appends = pending.get(tx.root);
	if (!appends) return;
	pending.delete(tx.root);
	if (appends.articles.length) await tx.insertRows('articles', ARTICLE_COLUMNS, appends.articles);
	if (appends.events.length) await tx.insertRows('events', EVENT_COLUMNS, appends.events);
	if (appends.countries.length) await tx.insertRows('event_countries', ['event_seq', 'country', 'rank'], appends.countries);
	if (appends.mentions.length) await tx.insertRows('story_mentions', ['event_seq', 'story_seq'], appends.mentions);
}

/** Writes the rows held first if they hold this article. */
export async function settleArticle(tx: Db, id: string): Promise<void> {
	if (pending.get(tx.root)?.ids.has(id)) await flushAppends(tx);
}

/** A transaction rolled back: what it held is dropped with it. */
export const dropAppends = (db: Db): void => void pending.delete(db.root);
