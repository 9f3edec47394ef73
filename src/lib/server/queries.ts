import { formatDay } from '../domain/days';
import { type EventIndex, IndexBuilder } from '../domain/event-index';
import { type EventFilter, queryWords } from '../domain/filter';
import type { ArticleSummary, ArticleWithMentions, EventDetail, Granularity } from '../domain/types';
import { appendToIndex, type IndexRow, sortRows } from './spliced-index';
import { oneAtATime } from './one-at-a-time';
import { eventsRemovedCount } from './removed-events';
import type { Db, Param } from './store/db';
import { storedCorrections } from './stored-articles';
import { datasetVersion } from './version';
import { readCachedIndex, writeCachedIndex } from './index-cache';

/** An article's columns as a row joined to it holds them (events, stories). */
export interface ArticleColumns {
	article_id: string;
	url: string | null;
	title: string;
	source: string | null;
	published: string;
}

export const articleSummary = (row: ArticleColumns): ArticleSummary => ({
	id: row.article_id,
	url: row.url ?? undefined,
	title: row.title,
	source: row.source ?? undefined,
	published: row.published
});

/** The columns events and stories share: a number, a stable id, a date and its days, countries, a summary. */
export interface DatedRow extends ArticleColumns {
	seq: number;
	id: string;
	value: string;
	granularity: Granularity;
	first_day: number;
	last_day: number;
	/** Most salient first, joined by commas. */
	countries: string;
	summary: string;
	/** 1 when a reader made or changed it. */
	human: number;
}

interface EventRow extends DatedRow {
	confidence: number;
	start: number;
	end: number;
	sentence: string;
}

/**
 * The one order of events everywhere (the list, exports, the client's index):
 * by days, then as the `events_by_days` index holds them, so reading the index
 * in this order needs no sort.
 */
const EVENT_ORDER = 'first_day, last_day, countries, seq';

const SELECT_EVENTS = `
	SELECT e.seq, e.id, e.value, e.granularity, e.first_day, e.last_day, e.countries, e.summary, e.confidence,
	       e.start, e."end", e.human, substr(a.text, e.start + 1, e."end" - e.start) AS sentence,
	       a.id AS article_id, a.url, a.title, a.source, a.published
	FROM events e JOIN articles a ON a.id = e.article_id`;

function toDetail(row: EventRow): EventDetail {
	return {
		id: row.id,
		seq: row.seq,
		date: { value: row.value, granularity: row.granularity },
		first: formatDay(row.first_day),
		last: formatDay(row.last_day),
		countries: row.countries ? row.countries.split(',') : [],
		summary: row.summary,
		confidence: row.confidence,
		start: row.start,
		end: row.end,
		sentence: row.sentence,
		human: row.human === 1,
		article: articleSummary(row)
	};
}

/**
 * The FROM and WHERE of a filter. Values are always bound, never spliced into
 * SQL. The articles table is joined only when the words need article titles.
 * Words are matched as they are lowered (queryWords) in the lowered summary and
 * title, LIKE's own wildcards escaped: the same on both engines (SQLite's LIKE
 * ignores case and PostgreSQL's does not).
 */
export function where(filter: EventFilter): { from: string; sql: string; params: Param[] } {
	const clauses: string[] = [];
	const params: Param[] = [];
	if (filter.from !== null) clauses.push('e.last_day >= ?'), params.push(filter.from);
	if (filter.to !== null) clauses.push('e.first_day <= ?'), params.push(filter.to);
	if (filter.countries.length) {
		const marks = filter.countries.map(() => '?').join(',');
		// Driven from the (country, event) key: the selected countries' events, not a test of every event.
		clauses.push(
			filter.mode === 'all'
				? `e.seq IN (SELECT event_seq FROM event_countries WHERE country IN (${marks}) GROUP BY event_seq HAVING count(*) = ${filter.countries.length})`
				: `e.seq IN (SELECT event_seq FROM event_countries WHERE country IN (${marks}))`
		);
		params.push(...filter.countries);
	}
	for (const word of queryWords(filter.text)) {
		clauses.push(`(lower(e.summary) LIKE ? ESCAPE '\\' OR lower(a.title) LIKE ? ESCAPE '\\')`);
		const pattern = `%${word.replace(/[\\%_]/g, '\\$&')}%`;
		params.push(pattern, pattern);
	}
	const from = filter.text.trim() ? 'FROM events e JOIN articles a ON a.id = e.article_id' : 'FROM events e';
	return { from, sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** One page of the events a filter selects, sorted by date, and how many there are in all. */
export function eventPage(db: Db, filter: EventFilter, offset = 0, limit = 100): Promise<{ total: number; events: EventDetail[] }> {
	return memo(db, ['page', filter, offset, limit], async () => {
		const { from, sql, params } = where(filter);
		const { total } = (await db.get<{ total: number }>(`SELECT count(*) AS total ${from} ${sql}`, params))!;
		const rows = await db.all<EventRow>(`${SELECT_EVENTS} ${sql} ORDER BY ${EVENT_ORDER} LIMIT ? OFFSET ?`, [...params, limit, offset]);
		return { total, events: rows.map(toDetail) };
	});
}

/** Every event a filter selects (for exports). */
export async function allEvents(db: Db, filter: EventFilter): Promise<EventDetail[]> {
	const { sql, params } = where(filter);
	return (await db.all<EventRow>(`${SELECT_EVENTS} ${sql} ORDER BY ${EVENT_ORDER}`, params)).map(toDetail);
}

/** The events of a story (see stories/), in publication order: the first report first. */
export async function eventsOfStory(db: Db, storySeq: number): Promise<EventDetail[]> {
	const rows = await db.all<EventRow>(
		`${SELECT_EVENTS} WHERE e.seq IN (SELECT event_seq FROM story_mentions WHERE story_seq = ?) ORDER BY a.published, a.rowid, e.seq`,
		[storySeq]
	);
	return rows.map(toDetail);
}

export async function eventById(db: Db, id: string): Promise<EventDetail | undefined> {
	const row = await db.get<EventRow>(`${SELECT_EVENTS} WHERE e.id = ?`, [id]);
	return row && toDetail(row);
}

/** An article with its date and place mentions, for highlighting, and its events. */
export async function articleById(db: Db, id: string): Promise<ArticleWithMentions | undefined> {
	const row = await db.get<{ id: string; url: string | null; title: string; source: string | null; published: string; text: string; dates: string; places: string }>(
		'SELECT id, url, title, source, published, text, dates, places FROM articles WHERE id = ?',
		[id]
	);
	if (!row) return undefined;
	const events = (await db.all<EventRow>(`${SELECT_EVENTS} WHERE e.article_id = ? ORDER BY e.start`, [id])).map(toDetail);
	return {
		id: row.id,
		url: row.url ?? undefined,
		title: row.title,
		source: row.source ?? undefined,
		published: row.published,
		text: row.text,
		dates: JSON.parse(row.dates),
		places: JSON.parse(row.places),
		events,
		corrections: await storedCorrections(db, id)
	};
}

export async function articleCount(db: Db): Promise<number> {
	return (await db.get<{ n: number }>('SELECT count(*) AS n FROM articles'))!.n;
}

/**
 * The compact index of every event, sorted by days (so the client need not sort
 * a million events). Built in full once per process; after that, while no write
 * has removed events (removed-events.ts), only the events numbered above the last
 * one it holds are read and merged in: the same bytes, in milliseconds rather
 * than the seconds a million rows take to read.
 */
export function eventIndex(db: Db): Promise<EventIndex> {
	return oneAtATime(db, 'event-index', async () => {
		// Read before the rows: a removal meanwhile changes it, and the next build is a full one.
		const removed = await eventsRemovedCount(db);
		const previous = lastIndex.get(db.root) ?? (await cachedEventIndex(db));
		if (previous?.removed === removed) {
			const rows = await rowsAfter(db, previous.lastSeq);
			const index = appendToIndex(previous.index, rows);
			lastIndex.set(db.root, { index, removed, lastSeq: rows.reduce((last, [seq]) => Math.max(last, seq), previous.lastSeq) });
			return index;
		}
		const index = await fullEventIndex(db);
		const built = { index, removed, lastSeq: index.seq.reduce((last, seq) => Math.max(last, seq), 0) };
		lastIndex.set(db.root, built);
		await writeCachedIndex(db, 'events', index, { removed, lastSeq: built.lastSeq });
		return index;
	});
}

/** An event index, the removals it had seen and its highest event number. */
interface BuiltEventIndex {
	index: EventIndex;
	removed: string;
	lastSeq: number;
}

/** The last event index each database's process built. */
const lastIndex = new WeakMap<Db, BuiltEventIndex>();

/** The event index kept in the database by the last full build (index-cache.ts), for a process that has built none. */
async function cachedEventIndex(db: Db): Promise<BuiltEventIndex | null> {
	const cached = await readCachedIndex<Omit<BuiltEventIndex, 'index'>>(db, 'events');
	return cached && { index: cached.index, ...cached.state };
}

/** The event index built from every event. */
export async function fullEventIndex(db: Db): Promise<EventIndex> {
	const builder = new IndexBuilder();
	for (const [seq, first, last, countries] of await indexRows(db)) builder.add(seq, first, last, countries ? countries.split(',') : []);
	return builder.build();
}

const INDEX_COLUMNS = 'SELECT seq, first_day, last_day, countries FROM events';

/** Every event as the index holds it, in its order (read from the `events_by_days` index, which covers it). */
function indexRows(db: Db): Promise<IndexRow[]> {
	return db.values<[number, number, number, string]>(`${INDEX_COLUMNS} ORDER BY ${EVENT_ORDER}`);
}

/**
 * The events numbered above `after`, in the index's order: found by number and sorted here, since
 * asked to sort them the database would rather walk all of `events_by_days` (130 ms at a million).
 */
async function rowsAfter(db: Db, after: number): Promise<IndexRow[]> {
	return sortRows(await db.values<[number, number, number, string]>(`${INDEX_COLUMNS} WHERE seq > ?`, [after]));
}

/** Details of events by their numbers in the index, in the order asked. */
export function eventsBySeq(db: Db, seqs: number[]): Promise<EventDetail[]> {
	return bySeqs(db, `${SELECT_EVENTS} WHERE ${db.dialect.inList('e.seq', 'integer')}`, seqs, toDetail);
}

/**
 * Rows by their numbers in a compact index, made into answers in the order asked; unknown numbers
 * are left out. `select` takes the numbers as one JSON array (`WHERE ${db.dialect.inList('e.seq', 'integer')}`).
 */
export async function bySeqs<Row extends { seq: number }, T>(db: Db, select: string, seqs: number[], make: (row: Row) => T): Promise<T[]> {
	if (seqs.length === 0) return [];
	const rows = await db.all<Row>(select, [JSON.stringify(seqs)]);
	const bySeq = new Map(rows.map((row) => [row.seq, row]));
	return seqs.flatMap((seq) => {
		const row = bySeq.get(seq);
		return row ? [make(row)] : [];
	});
}

/** Event numbers whose summary or article title holds every word of `text`. */
export async function seqsMatching(db: Db, text: string): Promise<number[]> {
	const { sql, params } = where({ from: null, to: null, countries: [], mode: 'any', text });
	return (await db.values<[number]>(`SELECT e.seq FROM events e JOIN articles a ON a.id = e.article_id ${sql}`, params)).map((row) => row[0]);
}

/** Number of events per country among those a filter selects. */
export function countsByCountry(db: Db, filter: EventFilter): Promise<Record<string, number>> {
	return memo(db, ['counts', filter], async () => {
		const { from, sql, params } = where(filter);
		if (!sql) return Object.fromEntries(await db.values<[string, number]>('SELECT country, count(*) FROM event_countries GROUP BY country'));
		const rows = await db.all<{ country: string; n: number }>(
			`SELECT c.country, count(*) AS n ${from.replace('FROM events e', 'FROM event_countries c JOIN events e ON e.seq = c.event_seq')} ${sql} GROUP BY c.country`,
			params
		);
		return Object.fromEntries(rows.map((r) => [r.country, r.n]));
	});
}

/**
 * Answers of the views' queries, kept until the data changes: many readers open
 * the same views (the default one above all), and at a million events a count
 * over all of them costs a noticeable fraction of a second. One cache per database.
 */
const answers = new WeakMap<Db, { version: string; cache: Map<string, unknown> }>();
export async function memo<T>(db: Db, key: unknown[], compute: () => Promise<T> | T): Promise<T> {
	const version = await datasetVersion(db);
	let entry = answers.get(db.root);
	if (entry?.version !== version) answers.set(db.root, (entry = { version, cache: new Map() }));
	const id = JSON.stringify(key);
	if (entry.cache.has(id)) return entry.cache.get(id) as T;
	const value = await compute();
	if (entry.cache.size >= 200) entry.cache.delete(entry.cache.keys().next().value!);
	entry.cache.set(id, value);
	return value;
}
