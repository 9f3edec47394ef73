/**
 * Builds the event dev set for ../shared/eval/score.mjs from data/events-dev/gold.yaml and the
 * bundled articles it names (data/articles): one JSON line per article, gold.events and gold.countries.
 *
 *   npx tsx src/cli/event-set.ts          writes data/events-dev/events-dev.jsonl
 *
 * Exit 1, naming the file, when an article cannot be read or a cue is not (once) in its text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ArticleError } from '../lib/articles/draft';
import { parseMarkdownArticle } from '../lib/articles/markdown';
import { articleId } from '../lib/domain/ids';

interface GoldEvent {
	cue: string;
	what: string;
	date: string | number;
	granularity: string;
	countries: string[];
}
type Gold = Record<string, { countries: string[]; events: GoldEvent[] }>;

const dir = 'data/events-dev';
const gold = parse(readFileSync(join(dir, 'gold.yaml'), 'utf8')) as Gold;
const problems: string[] = [];
const lines = Object.entries(gold).map(([file, { countries, events }]) => {
	let draft;
	try {
		draft = parseMarkdownArticle(readFileSync(join('data/articles', file), 'utf8'), file);
	} catch (error) {
		console.error(error instanceof ArticleError ? error.message : (error as Error).stack);
		process.exit(1);
	}
	for (const { cue } of events) {
		const first = draft.text.indexOf(cue);
		if (first < 0 || draft.text.indexOf(cue, first + 1) >= 0) problems.push(`${file}: cue not once in the text: ${JSON.stringify(cue)}`);
	}
	return JSON.stringify({
		id: articleId(draft.url, draft.text),
		published: draft.published,
		title: draft.title,
		text: draft.text,
		gold: {
			countries,
			events: events.map(({ cue, what, date, granularity, countries }) => ({ date: { value: String(date), granularity }, countries, cue, what }))
		}
	});
});
if (problems.length) {
	console.error(problems.join('\n'));
	process.exit(1);
}
writeFileSync(join(dir, 'events-dev.jsonl'), lines.join('\n') + '\n');
console.error(`${dir}/events-dev.jsonl: ${lines.length} articles`);
