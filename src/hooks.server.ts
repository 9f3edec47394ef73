import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';
import { loadWorldGazetteer } from '$lib/extract/world-gazetteer.server';
import { SESSION_COOKIE, accessFor } from '$lib/server/auth/access';
import { crossSiteReason } from '$lib/server/auth/cross-site';
import { buildIndexes } from '$lib/server/binary-index';
import { tokenGuesses, tooManyGuesses } from '$lib/server/auth/guesses';
import { describePolicy, hostAllowed, writePolicy } from '$lib/server/auth/policy';
import { database } from '$lib/server/connection';
import { databaseName } from '$lib/server/store/open';
import { BODY_LIMIT, tooLarge } from '$lib/server/http';
import { articleCount } from '$lib/server/queries';
import { withSecurityHeaders } from '$lib/server/security-headers';
import { buildStaleStories } from '$lib/server/stories/sync';

const policy = writePolicy(process.env);

// Open (and migrate) the database before the first request, and say what it holds and who may write.
// The world gazetteer is read now too (about a second), so that the first article saved does not wait for it.
export const init: ServerInit = async () => {
	const db = await database();
	const articles = await articleCount(db);
	await buildStaleStories(db);
	loadWorldGazetteer();
	console.log(`Dateline: ${articles} articles in ${databaseName()}`);
	console.log(describePolicy(policy));
	// The compact indexes every page loads, built once the server listens (it does when init has resolved), so
	// that its first readers do not wait seconds for them at a million events; a request meanwhile waits for the build.
	setTimeout(() => buildIndexes(db).catch((error) => console.error('Dateline: building the compact indexes failed:', error)), 0);
};

// Every other method needs the right to write, a draft's preview (POST /api/stories/preview) too: it changes nothing,
// but runs the extractor and the merger on up to the body limit, and only someone who could save it needs it.
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A refusal: `{"error": …}` for the API, as it documents, plain text for pages. */
function refuse(event: RequestEvent, status: number, message: string, headers: Record<string, string> = {}): Response {
	if (event.url.pathname.startsWith('/api/')) {
		return new Response(JSON.stringify({ error: message }), { status, headers: { ...headers, 'content-type': 'application/json' } });
	}
	return new Response(message, { status, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
}

/** Why a request is refused before any route sees it, or null to let it through. */
function gate(event: RequestEvent, wrongToken: boolean): Response | null {
	const { request } = event;
	const host = request.headers.get('host');
	if (!hostAllowed(policy, host)) return refuse(event, 421, `this server does not answer to the host ${JSON.stringify(host ?? '')}`);
	if (READS.has(request.method)) return null;

	if (Number(request.headers.get('content-length') ?? 0) > BODY_LIMIT) return tooLarge();
	const crossSite = crossSiteReason(request.headers, host!);
	if (crossSite) return refuse(event, 403, crossSite);
	// Signing in and out is how a browser gets and drops the right to write.
	if (event.url.pathname === '/signin') return null;
	const access = event.locals.access;
	if (access.canWrite) return null;
	if (access.mode === 'local') return refuse(event, 403, 'only this machine may change anything here (set DATELINE_WRITE_TOKEN to let others write with it)');
	return refuse(event, 401, `${wrongToken ? 'the write token is wrong' : 'this needs the write token'}: send Authorization: Bearer …, or sign in at /signin`, {
		'www-authenticate': 'Bearer realm="dateline"'
	});
}

export const handle: Handle = async ({ event, resolve }) => {
	const peer = event.getClientAddress();
	const authorization = event.request.headers.get('authorization');
	// An address that has sent too many wrong tokens gets no answer on any token until it has waited.
	const wait = policy.token && authorization ? tokenGuesses.retryAfter(peer) : 0;
	if (wait) return withSecurityHeaders(refuse(event, 429, tooManyGuesses(wait), { 'retry-after': String(wait) }));
	const { wrongToken, ...access } = accessFor(policy, { peer, host: event.request.headers.get('host') ?? '', authorization, session: event.cookies.get(SESSION_COOKIE) });
	if (wrongToken) tokenGuesses.wrong(peer);
	event.locals.access = access;
	return withSecurityHeaders(gate(event, wrongToken) ?? (await resolve(event)));
};
