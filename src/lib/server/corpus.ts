import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseMarkdownArticle } from '$lib/articles/markdown';
import { datedEvents } from '$lib/domain/events';
import { articleId } from '$lib/domain/ids';
import type { Article, ArticleSummary, DatedEvent } from '$lib/domain/types';
import { extract } from '$lib/extract';

export interface Corpus {
	articles: ArticleSummary[];
	events: DatedEvent[];
	/** One line per file that could not be read, naming the file and the reason. */
	problems: string[];
}

/**
 * Reads every Markdown article in a folder and extracts its events. A file that
 * cannot be parsed is reported and skipped; the others still load.
 */
export async function loadCorpus(dir: string): Promise<Corpus> {
	const names = (await readdir(dir)).filter((n) => n.endsWith('.md') && n.toLowerCase() !== 'readme.md').sort();
	const corpus: Corpus = { articles: [], events: [], problems: [] };
	for (const name of names) {
		try {
			const parsed = parseMarkdownArticle(await readFile(join(dir, name), 'utf8'), name);
			const article: Article = { ...parsed, id: articleId(parsed.url, parsed.text) };
			const { text, ...summary } = article;
			corpus.articles.push(summary);
			corpus.events.push(...datedEvents(article.id, extract({ id: article.id, published: article.published, title: article.title, text })));
		} catch (error) {
			corpus.problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
		}
	}
	corpus.events.sort((a, b) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last) || a.id.localeCompare(b.id));
	return corpus;
}
