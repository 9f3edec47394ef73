import type { Extraction } from '$lib/domain/types';

/** What the extractor reads: an article's text and the date it was published (the reference for relative dates). */
export interface ArticleInput {
	id: string;
	/** `YYYY-MM-DD`, sometimes only `YYYY-MM`, or null when unknown. */
	published: string | null;
	title?: string | null;
	text: string;
}

/** Dates, places and events of one article. Pure and synchronous: runs in the CLI, the server and the browser. */
export function extract(article: ArticleInput): Extraction {
	void article;
	return { dates: [], places: [], events: [] };
}
