import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { type EventIndex, encodeIndex } from '../domain/event-index';

/** A compact index's bytes, plain and gzipped. */
export interface IndexBytes {
	raw: Uint8Array;
	gzip: Uint8Array;
}

/**
 * Above this size an index is gzipped at level 1, not 6: at a million events (14.5 MB) that takes
 * 0.3 s instead of 0.8 s, for 6% more bytes (3.8 MB instead of 3.6). Off the event loop (in zlib's
 * threads), so that other requests are answered meanwhile.
 */
const FAST_GZIP_BYTES = 1 << 20;
const gzipped = promisify(gzip);

const made = new WeakMap<EventIndex, Promise<IndexBytes>>();

/**
 * An index's bytes, made once per index: a full build is both served (binary-index.ts) and kept in the
 * database (index-cache.ts), the same bytes.
 */
export function indexBytesOf(index: EventIndex): Promise<IndexBytes> {
	let bytes = made.get(index);
	if (!bytes) {
		const raw = encodeIndex(index);
		made.set(index, (bytes = gzipped(raw, { level: raw.byteLength > FAST_GZIP_BYTES ? 1 : 6 }).then((gzip) => ({ raw, gzip }))));
	}
	return bytes;
}
