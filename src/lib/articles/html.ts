import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDraft } from '../domain/types';
import { ArticleError, articleDraft, describeIssues } from './draft';

/**
 * An HTML page's article: Mozilla's Readability finds the main text (menus,
 * scripts and asides dropped), and the page's metadata gives title, date and URL.
 */
export function parseHtmlArticle(html: string, file: string, fallback: { published?: string } = {}): ArticleDraft {
	const { document } = parseHTML(html);
	const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? undefined;
	const url = meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
	const published =
		meta('meta[property="article:published_time"]') ??
		meta('meta[name="date"]') ??
		document.querySelector('time[datetime]')?.getAttribute('datetime') ??
		fallback.published;
	const readable = new Readability(document as unknown as Document).parse();
	const text = (readable?.textContent ?? '')
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n\n');
	const draft = articleDraft.safeParse({
		title: meta('meta[property="og:title"]') ?? readable?.title ?? document.title,
		published,
		url: url?.startsWith('http') ? url : undefined,
		source: meta('meta[property="og:site_name"]') ?? readable?.siteName ?? undefined,
		text
	});
	if (!draft.success) {
		const hint = draft.error.issues.some((i) => i.path[0] === 'published') ? ' (give --published YYYY-MM-DD)' : '';
		throw new ArticleError(file, 1, describeIssues(draft.error) + hint);
	}
	return draft.data;
}
