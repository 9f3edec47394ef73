/**
 * Story-merge throughput on the bench's own synthetic articles: each article's
 * events become mentions (stories/mentions.ts) and go through the story
 * builder in publication order, as an ingest would merge them; only that work
 * is timed, not the generator. Also how many stories came of the mentions, how
 * many wire copies were found, and how well the stories match the happenings
 * the generator told (B-cubed).
 */
import { articleId } from '../../lib/domain/ids';
import { StoryBuilder } from '../../lib/stories/builder';
import { mentionsOf } from '../../lib/stories/mentions';
import { outletOf } from '../../lib/stories/outlet';
import { bcubed } from './bcubed';
import { syntheticArticles } from './synthetic';

export interface MergeFigures {
	mergeMentionsPerS: number;
	stories: number;
	copiesFound: number;
	storyPrecision: number;
	storyRecall: number;
}

export function mergeThroughput(size: number): MergeFigures {
	const builder = new StoryBuilder();
	const truthOf = new Map<string, number>();
	let ms = 0;
	let mentions = 0;
	for (const { draft, extraction, truth } of syntheticArticles(size)) {
		const id = articleId(draft.url, draft.text);
		const started = performance.now();
		const told = mentionsOf({ id, text: draft.text, title: draft.title }, extraction);
		builder.addArticle({ id, published: draft.published, outlet: outletOf({ id, ...draft }) }, draft.text, told);
		ms += performance.now() - started;
		told.forEach((m, i) => truthOf.set(m.eventId, truth[i]));
		mentions += told.length;
	}
	const stories = builder.stories();
	const { precision, recall } = bcubed(stories.map((s) => s.mentions.map((m) => truthOf.get(m.eventId)!)));
	const round = (x: number) => Math.round(x * 1000) / 1000;
	return {
		mergeMentionsPerS: Math.round(mentions / (ms / 1000)),
		stories: stories.length,
		copiesFound: [...builder.articles.values()].filter((a) => a.copyOf).length,
		storyPrecision: round(precision),
		storyRecall: round(recall)
	};
}
