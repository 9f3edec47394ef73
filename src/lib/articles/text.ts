import type { ArticleDraft } from '../domain/types';
import { ArticleError, articleDraft, describeIssues } from './draft';

/** Plain text: the first line is the title, the rest the text; the date must be given. */
export function parsePlainArticle(content: string, file: string, published: string | undefined): ArticleDraft {
	const [first = '', ...rest] = content.replace(/^\uFEFF/, '').trim().split('\n');
	const body = rest.join('\n').trim();
	const draft = articleDraft.safeParse({ title: first.trim().slice(0, 500), published, text: body || first });
	if (!draft.success) {
		const hint = published === undefined ? ' (plain text needs --published YYYY-MM-DD)' : '';
		throw new ArticleError(file, 1, describeIssues(draft.error) + hint);
	}
	return draft.data;
}
