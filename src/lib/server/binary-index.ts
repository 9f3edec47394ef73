import type { EventIndex } from '../domain/event-index';
import type { CountUnit } from '../domain/stories';
import { type IndexBytes, indexBytesOf } from './index-bytes';
import { oneAtATime } from './one-at-a-time';
import { eventIndex } from './queries';
import type { Db } from './store/db';
import { storyIndex } from './stories/story-index';
import { datasetVersion } from './version';

/** The compact indexes served: of events (`/api/index`), of stories, and of the articles telling them (`/api/stories/index`). */
export type IndexKind = 'events' | CountUnit;
/** In the order a server builds them as it starts: the page's first (stories), then its other count, then the events' (the API's). */
const KINDS: readonly IndexKind[] = ['stories', 'articles', 'events'];

const BUILD: Record<IndexKind, (db: Db) => Promise<EventIndex>> = {
	events: eventIndex,
	stories: (db) => storyIndex(db, 'stories'),
	articles: (db) => storyIndex(db, 'articles')
};

/** One compact index, its bytes plain and gzipped, for the dataset version it was built at. */
interface Encoded extends IndexBytes {
	version: string;
	index: EventIndex;
}

const encoded = new WeakMap<Db, Partial<Record<IndexKind, Encoded>>>();

/**
 * An index's bytes as of `version` or later: built and encoded once per dataset version and kind (every
 * client asks for the same bytes), one build at a time, so that requests that come during a build wait
 * for it and are answered from it. The index itself follows writes by reading only what they changed
 * (queries.ts `eventIndex`, stories/story-index.ts); a write that left it as it was costs no encoding.
 */
function indexBytes(db: Db, kind: IndexKind, version: string): Promise<Encoded> {
	return oneAtATime(db, `bytes-${kind}`, async () => {
		const last = encoded.get(db.root)?.[kind];
		if (last && Number(last.version) >= Number(version)) return last;
		const index = await BUILD[kind](db);
		let next: Encoded;
		if (last?.index === index) next = { ...last, version };
		else next = { version, index, ...(await indexBytesOf(index)) };
		encoded.set(db.root, { ...encoded.get(db.root), [kind]: next });
		return next;
	});
}

/**
 * Builds every index the page loads, for a server that has just started (hooks.server.ts): its first
 * readers then get bytes that are ready, and a request that comes meanwhile waits for the build.
 */
export async function buildIndexes(db: Db): Promise<void> {
	for (const kind of KINDS) await indexBytes(db, kind, await datasetVersion(db));
}

const etagOf = (version: string, kind: IndexKind) => `"${version}${kind === 'events' ? '' : `-${kind}`}"`;

/**
 * Answers a request for a compact index (domain/event-index.ts) with the dataset version and kind as
 * its ETag: 304 when the client has it, gzip when it takes it.
 */
export async function indexResponse(request: Request, db: Db, kind: IndexKind): Promise<Response> {
	const version = await datasetVersion(db);
	const headers = { 'cache-control': 'no-cache', vary: 'accept-encoding' };
	if (request.headers.get('if-none-match') === etagOf(version, kind)) return new Response(null, { status: 304, headers: { ...headers, etag: etagOf(version, kind) } });
	const bytes = await indexBytes(db, kind, version);
	const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	const body = gzip ? bytes.gzip : bytes.raw;
	return new Response(body as Uint8Array<ArrayBuffer>, {
		headers: {
			...headers,
			etag: etagOf(bytes.version, kind),
			'content-type': 'application/octet-stream',
			'content-length': String(body.byteLength),
			...(gzip ? { 'content-encoding': 'gzip' } : {})
		}
	});
}
