/// <reference lib="webworker" />
/**
 * The extractor in a worker, so typing stays smooth however long the article:
 * the same code as the server's, with the built-in gazetteer (the world's
 * towns stay on the server).
 */
import type { ArticleInput } from '$lib/extract';
import { extract } from '$lib/extract';

self.onmessage = (event: MessageEvent<{ ticket: number; article: ArticleInput }>) => {
	const { ticket, article } = event.data;
	self.postMessage({ ticket, extraction: extract(article) });
};
