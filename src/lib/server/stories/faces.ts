import { parseDay } from '../../domain/days';
import { granularityOf } from '../../domain/timex';
import { storyFace } from '../../stories/face';
import type { Story, StoryArticle } from '../../stories/types';
import type { Db } from '../store/db';

const UPSERT = `INSERT INTO stories (seq, id, value, granularity, first_day, last_day, spread_first, spread_last, countries, summary,
		   articles, outlets, first_article, first_outlet, human)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		 ON CONFLICT(seq) DO UPDATE SET id = excluded.id, value = excluded.value, granularity = excluded.granularity,
		   first_day = excluded.first_day, last_day = excluded.last_day, spread_first = excluded.spread_first,
		   spread_last = excluded.spread_last, countries = excluded.countries, summary = excluded.summary,
		   articles = excluded.articles, outlets = excluded.outlets, first_article = excluded.first_article,
		   first_outlet = excluded.first_outlet, human = excluded.human`;

/** Writes a story's face (domain/stories.ts StorySummary, without its articles' details) as its row. */
export async function writeFace(tx: Db, seq: number, story: Story, articles: ReadonlyMap<string, StoryArticle>): Promise<void> {
	const face = storyFace(story, articles);
	// Stored events always name days, and so does the date their mentions agree on.
	const { first, last } = face.date.span ?? story.mentions.find((m) => m.span)!.span!;
	const spread = face.date.spread;
	await tx.run(UPSERT, [
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
	]);
}
