/**
 * The story dev set (data/stories-dev): briefs and their gold, joined into the JSON Lines that
 * ../shared/eval/score-stories.mjs scores a story merger on. One line per article:
 * `{id, published, title, text, gold: {events: [{date: {value, granularity}, countries, cue, story}]}}`.
 *
 * The scorer finds a gold mention at the first occurrence of its cue, so a cue that is not in its
 * text, or is there twice, would score the wrong words: both stop the build, naming the file.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import type { ArticleDraft } from '../domain/types';
import { articleId } from '../domain/ids';
import { coverage, granularityOf } from '../domain/timex';

const goldEvent = z.object({
	/** Verbatim words of the text that date the mention, once in it. */
	cue: z.string().min(1),
	/** Shared by every article's mention of one real-world happening. */
	story: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case words joined by hyphens'),
	/** TIMEX3 value, as the article dates the happening (a month when it says "in May"). */
	date: z.string().refine((v) => coverage(v) !== null, 'must be a calendar TIMEX3 value (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, …)'),
	countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2')).min(1)
});

/** gold.yaml: article file name → the events it tells. */
const goldFile = z.record(z.string(), z.array(goldEvent).min(1));
export type StoryGold = z.infer<typeof goldFile>;

export class StorySetError extends Error {}

/** Reads gold.yaml's text; throws a StorySetError saying which file's which event is malformed. */
export function parseStoryGold(yamlText: string): StoryGold {
	const parsed = goldFile.safeParse(parse(yamlText));
	if (!parsed.success) {
		throw new StorySetError(parsed.error.issues.map((i) => `gold.yaml: ${i.path.join('.')}: ${i.message}`).join('\n'));
	}
	return parsed.data;
}

export interface SetArticle {
	/** The file's name, as gold.yaml keys it. */
	file: string;
	draft: ArticleDraft;
}

/** One scorer line per article, in the articles' order; throws with every problem found, by file. */
export function storySetLines(articles: SetArticle[], gold: StoryGold): string[] {
	const problems: string[] = [];
	const files = new Set(articles.map((a) => a.file));
	for (const file of Object.keys(gold)) if (!files.has(file)) problems.push(`${file}: in gold.yaml but no such article`);
	const lines = articles.map(({ file, draft }) => {
		const events = gold[file] ?? [];
		if (!events.length) problems.push(`${file}: no gold events`);
		for (const { cue } of events) {
			const first = draft.text.indexOf(cue);
			if (first < 0) problems.push(`${file}: cue not in the text: ${JSON.stringify(cue)}`);
			else if (draft.text.indexOf(cue, first + 1) >= 0) problems.push(`${file}: cue occurs more than once: ${JSON.stringify(cue)}`);
		}
		return JSON.stringify({
			// The id Dateline's reader gives the article, so a merger's output names it the same way.
			id: articleId(draft.url, draft.text),
			published: draft.published,
			title: draft.title,
			text: draft.text,
			gold: {
				events: events.map((e) => ({
					date: { value: e.date, granularity: granularityOf(e.date) },
					countries: e.countries,
					cue: e.cue,
					story: e.story
				}))
			}
		});
	});
	if (problems.length) throw new StorySetError(problems.join('\n'));
	return lines;
}
