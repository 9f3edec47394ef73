import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleError } from './draft';
import { ARTICLE_EXTENSIONS, extensionOf, readArticleContent, type ReadResult } from './read';

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
			files.push(...nested.filter((p) => ARTICLE_EXTENSIONS.includes(extensionOf(p))));
		} else files.push(path);
	}
	return files;
}
