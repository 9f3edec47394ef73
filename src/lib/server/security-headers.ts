/**
 * Headers every answer carries. Pages get their Content-Security-Policy from SvelteKit (`kit.csp` in
 * svelte.config.js, with a nonce for its own inline script); any other answer (the API, exports,
 * refusals) gets one that lets it load nothing and be framed by no one.
 */
const ALWAYS = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin'
};

const NOT_A_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function withSecurityHeaders(response: Response): Response {
	let out = response;
	try {
		setAll(out.headers);
	} catch {
		// Some responses (a fetched one, Response.redirect) have immutable headers: copy them.
		out = new Response(response.body, response);
		setAll(out.headers);
	}
	return out;
}

function setAll(headers: Headers) {
	for (const [name, value] of Object.entries(ALWAYS)) headers.set(name, value);
	if (!headers.has('content-security-policy')) headers.set('content-security-policy', NOT_A_PAGE_CSP);
}
