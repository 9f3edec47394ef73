/**
 * Builds the story dev set for ../shared/eval/score-stories.mjs from data/stories-dev:
 * the briefs in articles/ and their gold in gold.yaml, written to stories-dev.jsonl.
 *
 *   npm run story-set                      writes data/stories-dev/stories-dev.jsonl
 *   npm run story-set -- --dir D --out F   another set folder, another output file
 *
 * Exit 1, naming the file, when a brief cannot be read or a gold cue is not (once) in its text.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleError } from '../lib/articles/draft';
import { parseMarkdownArticle } from '../lib/articles/markdown';
import { parseStoryGold, storySetLines, StorySetError } from '../lib/eval/story-set';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'data/stories-dev' }, out: { type: 'string' } } });
const dir = values.dir;
const out = values.out ?? join(dir, 'stories-dev.jsonl');

try {
	const folder = join(dir, 'articles');
	const articles = readdirSync(folder)
		.filter((file) => file.endsWith('.md'))
		.sort()
		.map((file) => ({ file, draft: parseMarkdownArticle(readFileSync(join(folder, file), 'utf8'), file) }));
	const lines = storySetLines(articles, parseStoryGold(readFileSync(join(dir, 'gold.yaml'), 'utf8')));
	writeFileSync(out, lines.join('\n') + '\n');
	console.error(`${out}: ${lines.length} articles`);
} catch (error) {
	console.error(error instanceof StorySetError || error instanceof ArticleError ? error.message : (error as Error).stack);
	process.exit(1);
}
