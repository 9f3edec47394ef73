/**
 * The stories an ingest builds (server/stories/: a bulk load's on its story thread), looked at from the bench: how
 * well the stories it stored match the happenings the generator told (B-cubed), with how many stories and wire copies
 * it found. The merge alone, on one thread, is `npm run bench:stories`.
 */
import type { Db } from '../../lib/server/store/db';
import { bcubed } from './bcubed';

export interface MergeFigures {
	stories: number;
	copiesFound: number;
	storyPrecision: number;
	storyRecall: number;
}

/**
 * `truth`: the happening each event tells, by the event's number (a fresh
 * database numbers events 1, 2, … as they are written; checked).
 */
export async function storyFigures(db: Db, truth: Int32Array): Promise<MergeFigures> {
	const [[count, last]] = await db.values<[number, number]>('SELECT count(*), max(seq) FROM events');
	if (count !== truth.length - 1 || last !== count) throw new Error(`events numbered 1 to ${last}, ${count} of them: not the ${truth.length - 1} written in order`);
	const byStory = new Map<number, number[]>();
	for (const [event, story] of await db.values<[number, number]>('SELECT event_seq, story_seq FROM story_mentions')) {
		let told = byStory.get(story);
		if (!told) byStory.set(story, (told = []));
		told.push(truth[event]);
	}
	const { precision, recall } = bcubed([...byStory.values()]);
	const round = (x: number) => Math.round(x * 1000) / 1000;
	return {
		stories: byStory.size,
		copiesFound: (await db.get<{ n: number }>('SELECT count(*) AS n FROM article_copies'))!.n,
		storyPrecision: round(precision),
		storyRecall: round(recall)
	};
}
