/**
 * The readable text of an HTML article: markup, scripts, styles, navigation,
 * headers, footers and asides dropped; block elements become paragraphs.
 * When the page marks its article (<article>, else <main>), only that counts.
 * htmlparser2 is a small, forgiving streaming parser with no DOM: it runs in
 * Node and in the browser.
 */
import { Parser } from 'htmlparser2';
import type { ArticleDraft } from '../domain/types';
import { ArticleError, articleDraft, describeIssues } from './draft';

/** `YYYY-MM-DD` at the start of a date-time attribute, else null. */
const isoPublished = (value: unknown) => (typeof value === 'string' ? (/^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? null) : null);

/** The article of an HTML page; `options.published` is the fallback when the page carries no date. */
export function parseHtmlArticle(html: string, fileName: string, options: { published?: string } = {}): ArticleDraft {
	const page = readHtml(html);
	const draft = articleDraft.safeParse({
		title: page.title ?? fileName,
		published: page.published ?? options.published,
		...(page.url && /^https?:/.test(page.url) ? { url: page.url } : {}),
		text: page.text
	});
	if (!draft.success) {
		const hint = !page.published && !options.published ? ' (the page has no date: pass --published YYYY-MM-DD)' : '';
		throw new ArticleError(fileName, 1, describeIssues(draft.error) + hint);
	}
	return draft.data;
}

interface HtmlPage {
	title: string | null;
	published: string | null;
	url?: string;
	text: string;
}

const SKIP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'iframe', 'template', 'button', 'select', 'figure', 'figcaption']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'main', 'tr', 'pre', 'ul', 'ol', 'table', 'dd', 'dt']);

/** Title, date, canonical URL and main text of a page. */
export function readHtml(html: string): HtmlPage {
	// Text per scope: the whole body, inside <main>, inside <article>.
	const parts: Record<'body' | 'main' | 'article', string[]> = { body: [], main: [], article: [] };
	let skip = 0;
	let inMain = 0;
	let inArticle = 0;
	let inTitle = false;
	let title = '';
	let h1 = '';
	let inH1 = false;
	let published: string | null = null;
	let url: string | undefined;
	const emit = (s: string) => {
		parts.body.push(s);
		if (inMain) parts.main.push(s);
		if (inArticle) parts.article.push(s);
	};
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				if (SKIP.has(name)) skip++;
				if (name === 'main') inMain++;
				if (name === 'article') inArticle++;
				if (name === 'title') inTitle = true;
				if (name === 'h1') inH1 = true;
				if (name === 'meta') {
					const key = attrs.property ?? attrs.name ?? attrs.itemprop ?? '';
					if (/published_time|datePublished|^date$|pubdate/i.test(key)) published ??= isoPublished(attrs.content);
					if (key === 'og:title' && attrs.content) title = attrs.content;
					if (key === 'og:url' && attrs.content) url = attrs.content;
				}
				if (name === 'time' && attrs.datetime) published ??= isoPublished(attrs.datetime);
				if (name === 'link' && attrs.rel === 'canonical' && attrs.href) url ??= attrs.href;
				if (BLOCK.has(name) && !skip) emit('\n\n');
			},
			ontext(data) {
				if (inTitle && !title) title = data.trim();
				if (inH1) h1 += data;
				if (!skip && !inTitle) emit(data.replace(/\s+/g, ' '));
			},
			onclosetag(name) {
				if (SKIP.has(name)) skip = Math.max(0, skip - 1);
				if (name === 'main') inMain--;
				if (name === 'article') inArticle--;
				if (name === 'title') inTitle = false;
				if (name === 'h1') inH1 = false;
				if (BLOCK.has(name) && !skip) emit('\n\n');
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	const chosen = parts.article.join('').trim() ? parts.article : parts.main.join('').trim() ? parts.main : parts.body;
	const text = chosen
		.join('')
		.split(/\n{2,}/)
		.map((p) => p.trim())
		.filter(Boolean)
		.join('\n\n');
	return { title: h1.trim() || title || null, published, ...(url ? { url } : {}), text };
}
