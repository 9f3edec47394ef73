/**
 * Who published an article: its `source` as given, else its address's host
 * (without "www."), else the article itself — an article of unknown origin is
 * its own outlet, so it is never taken for a copy's second telling.
 */
export function outletOf(article: { id: string; source?: string | null; url?: string | null }): string {
	if (article.source?.trim()) return article.source.trim();
	if (article.url) {
		try {
			return new URL(article.url).hostname.replace(/^www\./, '');
		} catch {
			// Not an address: fall through to the article itself.
		}
	}
	return article.id;
}
