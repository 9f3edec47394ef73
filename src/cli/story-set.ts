/**
 * Builds the story dev set for ../shared/eval/score-stories.mjs from data/stories-dev:
 * its gold in gold.yaml and the briefs it names, which live with the bundled articles
 * in data/articles (so the app shows their stories), written to stories-dev.jsonl.
 *
 *   npm run story-set                      writes data/stories-dev/stories-dev.jsonl
 *   npm run story-set -- --dir D --out F   another set folder (briefs in D/articles), another output file
 *   npm run story-set -- --articles A      briefs read from folder A
 *
 * Exit 1, naming the file, when a brief cannot be read or a gold cue is not (once) in its text.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleError } from '../lib/articles/draft';
import { parseMarkdownArticle } from '../lib/articles/markdown';
import { parseStoryGold, storySetLines, StorySetError } from '../lib/eval/story-set';

const { values } = parseArgs({ options: { dir: { type: 'string' }, articles: { type: 'string' }, out: { type: 'string' } } });
const dir = values.dir ?? 'data/stories-dev';
const folder = values.articles ?? (values.dir ? join(dir, 'articles') : 'data/articles');
const out = values.out ?? join(dir, 'stories-dev.jsonl');

try {
	const gold = parseStoryGold(readFileSync(join(dir, 'gold.yaml'), 'utf8'));
	// The set's briefs only: the folder may hold other articles (data/articles does).
	const articles = readdirSync(folder)
		.filter((file) => file.endsWith('.md') && Object.hasOwn(gold, file))
		.sort()
		.map((file) => ({ file, draft: parseMarkdownArticle(readFileSync(join(folder, file), 'utf8'), file) }));
	const lines = storySetLines(articles, gold);
	writeFileSync(out, lines.join('\n') + '\n');
	console.error(`${out}: ${lines.length} articles`);
} catch (error) {
	console.error(error instanceof StorySetError || error instanceof ArticleError ? error.message : (error as Error).stack);
	process.exit(1);
}
