import { gzipSync } from 'node:zlib';
import { encodeIndex } from '$lib/domain/event-index';
import { database } from '$lib/server/connection';
import { eventIndex } from '$lib/server/queries';
import { datasetVersion } from '$lib/server/version';
import type { RequestHandler } from './$types';

// Built once per dataset version: every client asks for the same bytes.
let cached: { version: string; raw: Uint8Array; gzip: Uint8Array } | undefined;

/** The compact event index (see `domain/event-index.ts`), cached by the dataset version as its ETag. */
export const GET: RequestHandler = ({ request }) => {
	const db = database();
	const version = datasetVersion(db);
	const etag = `"${version}"`;
	const headers: Record<string, string> = { etag, 'cache-control': 'no-cache', vary: 'accept-encoding' };
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	if (cached?.version !== version) {
		const raw = encodeIndex(eventIndex(db));
		cached = { version, raw, gzip: gzipSync(raw, { level: 6 }) };
	}
	const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	const body = gzip ? cached.gzip : cached.raw;
	return new Response(body as Uint8Array<ArrayBuffer>, {
		headers: {
			...headers,
			'content-type': 'application/octet-stream',
			'content-length': String(body.byteLength),
			...(gzip ? { 'content-encoding': 'gzip' } : {})
		}
	});
};
