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
	'human'
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

/** Writes faces' rows (`faceRow`, each story once), a story's row replaced by its number. */
export function writeFaces(tx: Db, rows: readonly Param[][]): Promise<void> {
	return upsertRows(tx, 'stories', COLUMNS, 'seq', rows);
}

/** Writes the faces of stories that have no row yet, appended in one go (`insertRows`: COPY on PostgreSQL). */
export function appendFaces(tx: Db, rows: readonly Param[][]): Promise<void> {
	return tx.insertRows('stories', COLUMNS, rows);
}
