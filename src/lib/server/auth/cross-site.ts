/**
 * Why a request was sent by a page of another site, or null if nothing says so. Browsers send
 * `Sec-Fetch-Site` and `Origin` with every write, whatever its content type (SvelteKit's own check
 * covers only form content types); scripts and curl send neither, and are judged by their credentials.
 */
export function crossSiteReason(headers: Headers, host: string): string | null {
	const site = headers.get('sec-fetch-site');
	if (site !== null && site !== 'same-origin' && site !== 'none') return `a ${site} request cannot change anything here`;
	const origin = headers.get('origin');
	if (origin === null) return null;
	let from: string;
	try {
		from = new URL(origin).host.toLowerCase();
	} catch {
		// `Origin: null`: a sandboxed frame, a file, a redirect across sites.
		return 'a request from an opaque origin cannot change anything here';
	}
	return from === host.trim().toLowerCase() ? null : `a request from ${origin} cannot change anything here`;
}
