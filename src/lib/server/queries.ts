import { formatDay } from '../domain/days';
import { type EventIndex, IndexBuilder } from '../domain/event-index';
import { type EventFilter, queryWords } from '../domain/filter';
import type { ArticleWithMentions, EventDetail, Granularity } from '../domain/types';
import type { Db } from './db';
import { corrections } from './ingest';

interface EventRow {
	seq: number;
	id: string;
	value: string;
	granularity: Granularity;
	first_day: number;
	last_day: number;
	countries: string;
	summary: string;
	confidence: number;
	start: number;
	end: number;
	sentence: string;
	human: number;
	article_id: string;
	url: string | null;
	title: string;
	source: string | null;
	published: string;
}

const SELECT_EVENTS = `
	SELECT e.seq, e.id, e.value, e.granularity, e.first_day, e.last_day, e.countries, e.summary, e.confidence,
	       e.start, e.end, e.human, substr(a.text, e.start + 1, e.end - e.start) AS sentence,
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
		article: {
			id: row.article_id,
			url: row.url ?? undefined,
			title: row.title,
			source: row.source ?? undefined,
			published: row.published
		}
	};
}

/** SQL conditions and parameters for a filter. Values are always bound, never spliced into SQL. */
function where(filter: EventFilter): { sql: string; params: unknown[] } {
	const clauses: string[] = [];
	const params: unknown[] = [];
	if (filter.from !== null) clauses.push('e.last_day >= ?'), params.push(filter.from);
	if (filter.to !== null) clauses.push('e.first_day <= ?'), params.push(filter.to);
	if (filter.countries.length) {
		const marks = filter.countries.map(() => '?').join(',');
		clauses.push(
			filter.mode === 'all'
				? `(SELECT count(*) FROM event_countries c WHERE c.event_seq = e.seq AND c.country IN (${marks})) = ${filter.countries.length}`
				: `EXISTS (SELECT 1 FROM event_countries c WHERE c.event_seq = e.seq AND c.country IN (${marks}))`
		);
		params.push(...filter.countries);
	}
	for (const word of queryWords(filter.text)) {
		clauses.push(`(instr(lower(e.summary), ?) > 0 OR instr(lower(a.title), ?) > 0)`);
		params.push(word, word);
	}
	return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** One page of the events a filter selects, sorted by date, and how many there are in all. */
export function eventPage(db: Db, filter: EventFilter, offset = 0, limit = 100): { total: number; events: EventDetail[] } {
	const { sql, params } = where(filter);
	const { total } = db.prepare(`SELECT count(*) AS total FROM events e JOIN articles a ON a.id = e.article_id ${sql}`).get(...params) as {
		total: number;
	};
	const rows = db
		.prepare(`${SELECT_EVENTS} ${sql} ORDER BY e.first_day, e.last_day, e.id LIMIT ? OFFSET ?`)
		.all(...params, limit, offset) as EventRow[];
	return { total, events: rows.map(toDetail) };
}

/** Every event a filter selects (for exports). */
export function allEvents(db: Db, filter: EventFilter): EventDetail[] {
	const { sql, params } = where(filter);
	return (db.prepare(`${SELECT_EVENTS} ${sql} ORDER BY e.first_day, e.last_day, e.id`).all(...params) as EventRow[]).map(toDetail);
}

export function eventById(db: Db, id: string): EventDetail | undefined {
	const row = db.prepare(`${SELECT_EVENTS} WHERE e.id = ?`).get(id) as EventRow | undefined;
	return row && toDetail(row);
}

/** An article with its date and place mentions, for highlighting, and its events. */
export function articleById(db: Db, id: string): ArticleWithMentions | undefined {
	const row = db.prepare('SELECT id, url, title, source, published, text, dates, places FROM articles WHERE id = ?').get(id) as
		| { id: string; url: string | null; title: string; source: string | null; published: string; text: string; dates: string; places: string }
		| undefined;
	if (!row) return undefined;
	const events = (db.prepare(`${SELECT_EVENTS} WHERE e.article_id = ? ORDER BY e.start`).all(id) as EventRow[]).map(toDetail);
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
		corrections: corrections(db, id)
	};
}

export function articleCount(db: Db): number {
	return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

/** The compact index of every event, sorted by days (so the client need not sort a million events). */
export function eventIndex(db: Db): EventIndex {
	const builder = new IndexBuilder();
	const rows = db.prepare('SELECT seq, first_day, last_day, countries FROM events ORDER BY first_day, last_day, seq').raw().iterate() as Iterable<
		[number, number, number, string]
	>;
	for (const [seq, first, last, countries] of rows) builder.add(seq, first, last, countries ? countries.split(',') : []);
	return builder.build();
}

/** Details of events by their numbers in the index, in the order asked. */
export function eventsBySeq(db: Db, seqs: number[]): EventDetail[] {
	if (seqs.length === 0) return [];
	const rows = db.prepare(`${SELECT_EVENTS} WHERE e.seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(seqs)) as EventRow[];
	const bySeq = new Map(rows.map((row) => [row.seq, row]));
	return seqs.flatMap((seq) => {
		const row = bySeq.get(seq);
		return row ? [toDetail(row)] : [];
	});
}

/** Event numbers whose summary or article title holds every word of `text`. */
export function seqsMatching(db: Db, text: string): number[] {
	const { sql, params } = where({ from: null, to: null, countries: [], mode: 'any', text });
	return (db.prepare(`SELECT e.seq FROM events e JOIN articles a ON a.id = e.article_id ${sql}`).raw().all(...params) as [number][]).map(
		(row) => row[0]
	);
}

/** Number of events per country among those a filter selects. */
export function countsByCountry(db: Db, filter: EventFilter): Record<string, number> {
	const { sql, params } = where(filter);
	const rows = db
		.prepare(
			`SELECT c.country, count(*) AS n FROM event_countries c JOIN events e ON e.seq = c.event_seq JOIN articles a ON a.id = e.article_id ${sql} GROUP BY c.country`
		)
		.all(...params) as { country: string; n: number }[];
	return Object.fromEntries(rows.map((r) => [r.country, r.n]));
}
