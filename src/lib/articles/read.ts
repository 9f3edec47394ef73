import type { ArticleDraft } from '../domain/types';
import { parseHtmlArticle } from './html';
import { parseJsonLines } from './jsonl';
import { parseMarkdownArticle } from './markdown';
import { parsePlainArticle } from './text';

export interface ReadResult {
	drafts: ArticleDraft[];
	/** `file:line: reason`, one per article that could not be read. */
	problems: string[];
}

/** The file types read as articles, by extension. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.jsonl', '.html', '.htm', '.txt'];

export const extensionOf = (file: string) => /\.[^./\\]+$/.exec(file)?.[0].toLowerCase() ?? '';

/**
 * Reads one file's content by its extension (pure: the CLI and the browser's
 * "Add articles" page share it). Throws an ArticleError for a single-article
 * file that is broken; a JSON Lines file reports its bad lines and keeps the rest.
 */
export function readArticleContent(content: string, file: string, options: { published?: string } = {}): ReadResult {
	switch (extensionOf(file)) {
		case '.jsonl': {
			const { drafts, problems } = parseJsonLines(content, file);
			return { drafts, problems: problems.map((p) => p.message) };
		}
		case '.html':
		case '.htm':
			return { drafts: [parseHtmlArticle(content, file, options)], problems: [] };
		case '.txt':
			return { drafts: [parsePlainArticle(content, file, options.published)], problems: [] };
		default:
			return { drafts: [parseMarkdownArticle(content, file)], problems: [] };
	}
}
