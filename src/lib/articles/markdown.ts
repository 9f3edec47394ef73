import { parse, YAMLParseError } from 'yaml';
import type { ArticleDraft } from '../domain/types';
import { ArticleError, articleDraft, describeIssues } from './draft';

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * A Markdown article with YAML front matter (`title`, `published`, `url`, `source`).
 * The text is the body after the front matter, as written: event offsets point into it.
 */
export function parseMarkdownArticle(content: string, file: string): ArticleDraft {
	const match = FENCE.exec(content.replace(/^\uFEFF/, ''));
	if (!match) throw new ArticleError(file, 1, 'no front matter: the file must start with a "---" line, YAML fields and another "---" line');
	let fields: unknown;
	try {
		fields = parse(match[1]);
	} catch (error) {
		const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line + 1 : 2;
		throw new ArticleError(file, line, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
	}
	if (typeof fields !== 'object' || fields === null) throw new ArticleError(file, 2, 'front matter must be YAML fields (title, published, url, source)');
	const body = content.replace(/^\uFEFF/, '').slice(match[0].length).replace(/^\s*\n/, '');
	const record = fields as Record<string, unknown>;
	const draft = articleDraft.safeParse({
		title: record.title,
		published: record.published instanceof Date ? record.published.toISOString() : record.published,
		url: record.url ?? undefined,
		source: record.source ?? undefined,
		text: body
	});
	if (!draft.success) {
		const field = String(draft.error.issues[0]?.path[0] ?? '');
		throw new ArticleError(file, lineOf(match[1], field), describeIssues(draft.error));
	}
	return draft.data;
}

/** The file line of a front-matter field (the body when it is not there). */
function lineOf(frontMatter: string, field: string): number {
	const index = frontMatter.split('\n').findIndex((line) => line.startsWith(`${field}:`));
	return index === -1 ? (field === 'text' ? frontMatter.split('\n').length + 3 : 1) : index + 2;
}
