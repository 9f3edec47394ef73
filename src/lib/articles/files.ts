import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ArticleDraft } from '../domain/types';
import { ArticleError } from './draft';
import { parseHtmlArticle } from './html';
import { parseJsonLines } from './jsonl';
import { parseMarkdownArticle } from './markdown';
import { parsePlainArticle } from './text';

const READERS = ['.md', '.markdown', '.jsonl', '.html', '.htm', '.txt'];

export interface ReadResult {
	drafts: ArticleDraft[];
	/** `file:line: reason`, one per article that could not be read. */
	problems: string[];
}

/**
 * Reads articles from files and folders (recursively; README files are not articles).
 * Node-only: the parsers it calls are pure and also run in the browser.
 */
export async function readArticleFiles(paths: string[], options: { published?: string } = {}): Promise<ReadResult> {
	const result: ReadResult = { drafts: [], problems: [] };
	for (const file of await expand(paths, result.problems)) {
		try {
			const content = await readFile(file, 'utf8');
			const read = readArticleContent(content, file, options);
			result.drafts.push(...read.drafts);
			result.problems.push(...read.problems);
		} catch (error) {
			result.problems.push(error instanceof ArticleError ? error.message : `${file}: ${(error as Error).message}`);
		}
	}
	return result;
}

/** Reads one file's content by its extension; throws an ArticleError for a single-article file that is broken. */
export function readArticleContent(content: string, file: string, options: { published?: string } = {}): ReadResult {
	switch (extname(file).toLowerCase()) {
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

async function expand(paths: string[], problems: string[]): Promise<string[]> {
	const files: string[] = [];
	for (const path of paths) {
		let info;
		try {
			info = await stat(path);
		} catch {
			problems.push(`${path}: no such file or folder`);
			continue;
		}
		if (info.isDirectory()) {
			const entries = (await readdir(path)).sort().map((name) => join(path, name));
			const nested = await expand(entries.filter((p) => !/readme\.md$/i.test(p)), problems);
			files.push(...nested.filter((p) => READERS.includes(extname(p).toLowerCase())));
		} else files.push(path);
	}
	return files;
}
