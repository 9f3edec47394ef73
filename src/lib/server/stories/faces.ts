import { parseDay } from '../../domain/days';
import { granularityOf } from '../../domain/timex';
import { storyFace } from '../../stories/face';
import type { Story, StoryArticle } from '../../stories/types';
import type { Db, Param } from '../store/db';
import { upsertRows } from '../store/upsert';

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

/** Faces' rows (`faceRow`) marked as written now. */
async function markedWritten(tx: Db, faces: readonly Param[][]): Promise<Param[][]> {
	const next = (await lastWritten(tx)) + 1;
	return faces.map((face) => [...face, next]);
}

/** Writes faces' rows (`faceRow`, each story once), a story's row replaced by its number. */
export async function writeFaces(tx: Db, faces: readonly Param[][]): Promise<void> {
	if (faces.length) await upsertRows(tx, 'stories', COLUMNS, 'seq', await markedWritten(tx, faces));
}

/** Writes the faces of stories that have no row yet, appended in one go (`insertRows`: COPY on PostgreSQL). */
export async function appendFaces(tx: Db, faces: readonly Param[][]): Promise<void> {
	if (faces.length) await tx.insertRows('stories', COLUMNS, await markedWritten(tx, faces));
}
