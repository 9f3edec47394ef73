import type { ArticleDraft } from '../domain/types';
import { ArticleError, articleDraft, describeIssues } from './draft';

/**
 * JSON Lines, one article per line: `{title, published, url?, source?, text}`.
 * A bad line is reported with its number and skipped; the others are read.
 */
export function parseJsonLines(content: string, file: string): { drafts: ArticleDraft[]; problems: ArticleError[] } {
	const drafts: ArticleDraft[] = [];
	const problems: ArticleError[] = [];
	content.split('\n').forEach((line, i) => {
		if (!line.trim()) return;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch (error) {
			problems.push(new ArticleError(file, i + 1, `invalid JSON: ${(error as Error).message}`));
			return;
		}
		const draft = articleDraft.safeParse(value);
		if (draft.success) drafts.push(draft.data);
		else problems.push(new ArticleError(file, i + 1, describeIssues(draft.error)));
	});
	return { drafts, problems };
}
