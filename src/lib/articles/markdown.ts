/**
 * Markdown articles with YAML front matter, as in data/articles/:
 *
 *     ---
 *     title: "…"
 *     published: 2013-06-06
 *     url: http://…
 *     source: Reuters
 *     ---
 *     Body…
 *
 * The article text is the body after the closing fence, as-is, so offsets
 * that the extractor reports point into exactly what a reader sees.
 */
import { parseDocument } from 'yaml';
import type { ArticleDraft } from '../domain/types';
import { ArticleError, articleDraft, describeIssues } from './draft';

/** YAML reads an unquoted `2013-06-06` as a string (core schema), but a Date is accepted too. */
const dateString = (v: unknown) => (v instanceof Date && !isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v);

/** Throws an ArticleError with the file's line number when the front matter is malformed or incomplete. */
export function parseMarkdownArticle(text: string, fileName: string): ArticleDraft {
	const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
	if (!open) throw new ArticleError(fileName, 1, 'expected front matter opening with "---"');
	const close = /^---[ \t]*(?:\r?\n|$)/m;
	const rest = text.slice(open[0].length);
	const m = close.exec(rest);
	if (!m) throw new ArticleError(fileName, 1, 'front matter is not closed by "---"');
	const yamlText = rest.slice(0, m.index);
	const doc = parseDocument(yamlText);
	if (doc.errors.length) {
		const e = doc.errors[0];
		// +1 for the opening fence line.
		throw new ArticleError(fileName, (e.linePos?.[0].line ?? 1) + 1, e.message.split('\n')[0]);
	}
	const data: unknown = doc.toJS();
	if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ArticleError(fileName, 2, 'front matter must be a mapping');
	const fm = data as Record<string, unknown>;
	const lineOf = (key: string) => {
		const i = yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`));
		return i < 0 ? 2 : i + 2;
	};
	const body = rest.slice(m.index + m[0].length);
	const heading = /^\s*#\s+(.+)$/m.exec(body)?.[1];
	const draft = articleDraft.safeParse({
		title: fm.title ?? heading,
		published: dateString(fm.published ?? fm.date),
		...(fm.url !== undefined ? { url: fm.url } : {}),
		...(fm.source !== undefined ? { source: fm.source } : {}),
		text: body
	});
	if (!draft.success) {
		const issue = draft.error.issues[0];
		const key = String(issue?.path[0] ?? '');
		throw new ArticleError(fileName, key === 'text' ? yamlText.split('\n').length + 2 : lineOf(key), describeIssues(draft.error));
	}
	// The text stays exactly the body (zod does not trim it), so offsets hold.
	return draft.data;
}
