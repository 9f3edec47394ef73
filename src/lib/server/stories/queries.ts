import { contextDays } from '../../domain/context';
import { formatDay } from '../../domain/days';
import type { EventFilter } from '../../domain/filter';
import type { StoryDetail, StorySummary } from '../../domain/stories';
import type { Db, Param } from '../store/db';
import { type ArticleColumns, articleSummary, type DatedRow, bySeqs, eventsOfStory, memo, where } from '../queries';
import { resolveStory } from './resolve';

interface StoryRow extends DatedRow {
	spread_first: number | null;
	spread_last: number | null;
	articles: number;
	outlets: number;
	first_outlet: string;
}

const SELECT_STORIES = `
	SELECT s.seq, s.id, s.value, s.granularity, s.first_day, s.last_day, s.spread_first, s.spread_last, s.countries,
	       s.summary, s.articles, s.outlets, s.first_outlet, s.human,
	       a.id AS article_id, a.url, a.title, a.source, a.published
	FROM stories s JOIN articles a ON a.id = s.first_article`;

/** The one order of stories in lists and exports: by days, as `stories_by_days` holds them (and the story index, story-index.ts). */
const STORY_ORDER = 's.first_day, s.last_day, s.countries, s.seq';

const summary = (row: StoryRow): StorySummary => ({
	id: row.id,
	seq: row.seq,
	date: { value: row.value, granularity: row.granularity, first: formatDay(row.first_day), last: formatDay(row.last_day) },
	spread: row.spread_first === null || row.spread_last === null ? null : { first: formatDay(row.spread_first), last: formatDay(row.spread_last) },
	countries: row.countries ? row.countries.split(',') : [],
	summary: row.summary,
	articles: row.articles,
	outlets: row.outlets,
	first: { article: articleSummary(row), outlet: row.first_outlet },
	human: row.human === 1
});

/**
 * The WHERE of a filter over stories: their agreed days meet the window; one of
 * their mentions names the countries (any), or together they name them all;
 * one of their mentions holds every word (in its summary or article title).
 */
function storyWhere(filter: EventFilter): { sql: string; params: Param[] } {
	const clauses: string[] = [];
	const params: Param[] = [];
	if (filter.from !== null) clauses.push('s.last_day >= ?'), params.push(filter.from);
	if (filter.to !== null) clauses.push('s.first_day <= ?'), params.push(filter.to);
	if (filter.countries.length) {
		const marks = filter.countries.map(() => '?').join(',');
		const named = `SELECT m.story_seq FROM event_countries c JOIN story_mentions m ON m.event_seq = c.event_seq WHERE c.country IN (${marks})`;
		clauses.push(filter.mode === 'all' ? `s.seq IN (${named} GROUP BY m.story_seq HAVING count(DISTINCT c.country) = ${filter.countries.length})` : `s.seq IN (${named})`);
		params.push(...filter.countries);
	}
	if (filter.text.trim()) {
		const words = where({ from: null, to: null, countries: [], mode: 'any', text: filter.text });
		clauses.push(`s.seq IN (SELECT m.story_seq FROM story_mentions m WHERE m.event_seq IN (SELECT e.seq ${words.from} ${words.sql}))`);
		params.push(...words.params);
	}
	return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * One page of the stories a filter selects, and how many there are in all:
 * those precise to the window first, then those far coarser than it (context,
 * see domain/context.ts), each by date.
 */
export function storyPage(db: Db, filter: EventFilter, offset = 0, limit = 100): Promise<{ total: number; stories: StorySummary[] }> {
	return memo(db, ['stories', filter, offset, limit], async () => {
		const { sql, params } = storyWhere(filter);
		const { total } = (await db.get<{ total: number }>(`SELECT count(*) AS total FROM stories s ${sql}`, params))!;
		const { from, to } = await storyWindow(db, filter);
		const widest = contextDays(from, to);
		const rows = await db.all<StoryRow>(`${SELECT_STORIES} ${sql} ORDER BY (s.last_day - s.first_day + 1 > ?), ${STORY_ORDER} LIMIT ? OFFSET ?`, [
			...params,
			widest,
			limit,
			offset
		]);
		return { total, stories: rows.map(summary) };
	});
}

/**
 * A filter's window, its missing ends the stories' first and last days: a view without a window lists the
 * stories precise to the data's whole span first (domain/context.ts), as the page does with its index.
 */
export async function storyWindow(db: Db, filter: Pick<EventFilter, 'from' | 'to'>): Promise<{ from: number; to: number }> {
	if (filter.from !== null && filter.to !== null) return { from: filter.from, to: filter.to };
	const [[first, last]] = await db.values<[number | null, number | null]>('SELECT min(first_day), max(last_day) FROM stories');
	return { from: filter.from ?? first ?? 0, to: filter.to ?? last ?? 0 };
}

/** Stories by their numbers in the story index, in the order asked; unknown numbers are left out. */
export function storiesBySeq(db: Db, seqs: number[]): Promise<StorySummary[]> {
	return bySeqs(db, `${SELECT_STORIES} WHERE ${db.dialect.inList('s.seq', 'integer')}`, seqs, summary);
}

/** Numbers of the stories with a mention whose summary or article title holds every word of `text`. */
export async function storySeqsMatching(db: Db, text: string): Promise<number[]> {
	const words = where({ from: null, to: null, countries: [], mode: 'any', text });
	const sql = `SELECT DISTINCT m.story_seq FROM story_mentions m WHERE m.event_seq IN (SELECT e.seq ${words.from} ${words.sql}) ORDER BY m.story_seq`;
	return (await db.values<[number]>(sql, words.params)).map((row) => row[0]);
}

/** A story opened by its id, an alias, `st-` + an event's id or an event's id; undefined when none holds it. */
export async function storyDetail(db: Db, id: string): Promise<StoryDetail | undefined> {
	const seq = await resolveStory(db, id);
	if (seq === undefined) return undefined;
	const row = await db.get<StoryRow>(`${SELECT_STORIES} WHERE s.seq = ?`, [seq]);
	if (!row) return undefined;
	const mentions = await eventsOfStory(db, seq);
	const told = [...new Set(mentions.map((m) => m.article.id))];
	const copies = await db.all<ArticleColumns & { copy_of: string }>(
		`SELECT c.copy_of, a.id AS article_id, a.url, a.title, a.source, a.published
		 FROM article_copies c JOIN articles a ON a.id = c.article_id WHERE ${db.dialect.inList('c.article_id', 'text')} ORDER BY a.published, a.rowid`,
		[JSON.stringify(told)]
	);
	return {
		...summary(row),
		aliases: (await db.values<[string]>('SELECT alias FROM story_aliases WHERE story = ? ORDER BY alias', [row.id])).map(([alias]) => alias),
		mentions,
		copies: copies.map((c) => ({ article: articleSummary(c), copyOf: c.copy_of }))
	};
}

/** A story as exports write it: its face and the ids of all its events (mentions). */
export type ExportedStory = StorySummary & { events: string[] };

/**
 * The stories of some events, for exports: which story each event is in, and each of those stories with
 * the ids of all its events (some perhaps outside the filter that chose the events), in index order.
 */
export async function storiesOfEvents(db: Db, eventSeqs: number[]): Promise<{ storyOf: Map<string, string>; stories: ExportedStory[] }> {
	const inList = (column: string) => db.dialect.inList(column, 'integer');
	const pairs = await db.values<[string, number]>(
		`SELECT e.id, m.story_seq FROM events e JOIN story_mentions m ON m.event_seq = e.seq WHERE ${inList('e.seq')}`,
		[JSON.stringify(eventSeqs)]
	);
	const seqs = [...new Set(pairs.map(([, story]) => story))];
	const rows = await db.all<StoryRow>(`${SELECT_STORIES} WHERE ${inList('s.seq')} ORDER BY ${STORY_ORDER}`, [JSON.stringify(seqs)]);
	const events = new Map<number, string[]>();
	const mentions = await db.values<[number, string]>(
		`SELECT m.story_seq, e.id FROM story_mentions m JOIN events e ON e.seq = m.event_seq WHERE ${inList('m.story_seq')} ORDER BY m.story_seq, e.seq`,
		[JSON.stringify(seqs)]
	);
	for (const [story, id] of mentions) events.set(story, [...(events.get(story) ?? []), id]);
	const idOf = new Map(rows.map((row) => [row.seq, row.id]));
	return {
		storyOf: new Map(pairs.map(([event, story]) => [event, idOf.get(story)!])),
		stories: rows.map((row) => ({ ...summary(row), events: events.get(row.seq) ?? [] }))
	};
}
