/**
 * The stories an ingest builds (server/stories/, through the StoryBuilder as
 * each article is written), looked at from the bench: how long the builder
 * itself took (its merge decisions, index and copy detection; not the
 * mentions' words nor the rows written) and how well the stories it stored
 * match the happenings the generator told (B-cubed), with how many stories and
 * wire copies it found.
 */
import { StoryBuilder } from '../../lib/stories/builder';
import type { Db } from '../../lib/server/store/db';
import { bcubed } from './bcubed';

export interface MergeFigures {
	/** Mentions the builder took per second of its own time. */
	mergeMentionsPerS: number;
	/** Stories the index offered a mention, on average: what the merge's work per mention grows with. */
	candidatesPerMention: number;
	stories: number;
	copiesFound: number;
	storyPrecision: number;
	storyRecall: number;
}

/**
 * Time spent in StoryBuilder.addArticle, and the mentions it took, since this
 * module was imported: the builder is timed where the ingest calls it.
 */
export const merging = { ms: 0, mentions: 0, candidates: 0 };
const addArticle = StoryBuilder.prototype.addArticle;
StoryBuilder.prototype.addArticle = function (this: StoryBuilder, ...args: Parameters<typeof addArticle>) {
	const started = performance.now();
	const examined = this.index.examined;
	try {
		return addArticle.apply(this, args);
	} finally {
		merging.ms += performance.now() - started;
		merging.mentions += args[2].length;
		merging.candidates += this.index.examined - examined;
	}
};

/**
 * `truth`: the happening each event tells, by the event's number (a fresh
 * database numbers events 1, 2, … as they are written; checked); `during`:
 * what the builder did during the load (from `merging`).
 */
export async function storyFigures(db: Db, truth: Int32Array, { ms, mentions, candidates }: typeof merging): Promise<MergeFigures> {
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
		mergeMentionsPerS: Math.round(mentions / (ms / 1000)),
		candidatesPerMention: Math.round((candidates / mentions) * 10) / 10,
		stories: byStory.size,
		copiesFound: (await db.get<{ n: number }>('SELECT count(*) AS n FROM article_copies'))!.n,
		storyPrecision: round(precision),
		storyRecall: round(recall)
	};
}
