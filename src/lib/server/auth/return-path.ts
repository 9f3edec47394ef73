/**
 * Where to go after signing in or out: the `next` path on this site only, never another site. The path
 * is resolved as a browser resolves a Location header, which makes `//evil.example`, `/\evil.example`
 * and `/<tab>/evil.example` (tabs and line breaks are dropped) all another site's address.
 */
export function returnPath(url: URL): string {
	const next = url.searchParams.get('next') ?? '/';
	if (!next.startsWith('/')) return '/';
	try {
		const target = new URL(next, url);
		return target.origin === url.origin ? `${target.pathname}${target.search}${target.hash}` : '/';
	} catch {
		return '/';
	}
}
