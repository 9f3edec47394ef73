import { parseDay } from '../../domain/days';
import { granularityOf } from '../../domain/timex';
import { storyFace } from '../../stories/face';
import type { Story, StoryArticle } from '../../stories/types';
import type { Db, Param } from '../store/db';

const COLUMNS = [
	'seq',
	'id',
	'value',
	'granularity',
	'first_day',
	'last_day',
	'spread_first',
	'spread_last',
	'countries',
	'summary',
	'articles',
	'outlets',
	'first_article',
	'first_outlet',
	'human',
	'written'
];
const UPDATE = COLUMNS.slice(1)
	.map((c) => `${c} = excluded.${c}`)
	.join(', ');
/**
 * Rows per statement: a transaction of a bulk load writes thousands of faces, and a statement each cost a call (on
 * PostgreSQL a round trip) per story. 16 columns × 64 rows stays far below either engine's limit of parameters.
 */
const ROWS_PER_STATEMENT = 64;
const upsert = (rows: number) =>
	`INSERT INTO stories (${COLUMNS.join(', ')}) VALUES ${Array.from({ length: rows }, () => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ')}
		 ON CONFLICT(seq) DO UPDATE SET ${UPDATE}`;
const FULL = upsert(ROWS_PER_STATEMENT);

/** A story's face (domain/stories.ts StorySummary, without its articles' details) as its row. */
export function faceRow(seq: number, story: Story, articles: ReadonlyMap<string, StoryArticle>): Param[] {
	const face = storyFace(story, articles);
	// Stored events always name days, and so does the date their mentions agree on.
	const { first, last } = face.date.span ?? story.mentions.find((m) => m.span)!.span!;
	const spread = face.date.spread;
	return [
		seq,
		face.id,
		face.date.value,
		granularityOf(face.date.value),
		first,
		last,
		spread ? parseDay(spread.first) : null,
		spread ? parseDay(spread.last) : null,
		face.countries.join(','),
		face.summary,
		face.articles,
		face.outlets,
		face.first.article,
		face.first.outlet,
		story.human ? 1 : 0
	];
}

const LAST_WRITTEN = `SELECT max(w) AS last FROM (SELECT coalesce(max(written), 0) AS w FROM stories UNION ALL SELECT coalesce(max(written), 0) FROM stories_gone) counts`;

/**
 * The greatest `written` of the stories and of the stories deleted (migration 6): faces written now are marked one more.
 * Writers go one at a time, so it grows in the order writes commit, and the story index reads again only the rows
 * written, and the stories deleted, after those it holds (story-index.ts).
 */
export const lastWritten = async (db: Db): Promise<number> => (await db.get<{ last: number }>(LAST_WRITTEN))!.last;

/** Writes faces' rows (`faceRow`, each story once), a story's row replaced by its number, all marked as written now. */
export async function writeFaces(tx: Db, faces: readonly Param[][]): Promise<void> {
	if (faces.length === 0) return;
	const next = (await lastWritten(tx)) + 1;
	const rows = faces.map((face) => [...face, next]);
	let at = 0;
	for (; at + ROWS_PER_STATEMENT <= rows.length; at += ROWS_PER_STATEMENT) await tx.run(FULL, rows.slice(at, at + ROWS_PER_STATEMENT).flat());
	if (at < rows.length) await tx.run(upsert(rows.length - at), rows.slice(at).flat());
}
