/**
 * Near-identical copies of one article (a wire story republished by several
 * outlets, perhaps with another headline or a line cut): their texts share
 * most word shingles. Each article keeps a MinHash signature of its 5-word
 * shingles; bands of the signature are index keys, so a new article is
 * compared only with the articles that share a band (locality-sensitive
 * hashing), never with every article.
 */
import { charWidth, isWordChar } from './words';

const SHINGLE = 5;
const HASHES = 24;
/** Hashes per band: three, so a band key is three minima (the key is written for exactly three). */
const BAND = 3;
/** Share of shingles two texts must share (estimated) to be copies of one another. */
export const COPY_SIMILARITY = 0.6;

/** Seeds of the hash family: fixed odd multipliers, so signatures are the same on every run. */
const SEEDS = Int32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) | 1);

/** murmur3's finaliser: every input bit moves every output bit, so each seed gives an independent-looking order. */
function mix(h: number): number {
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	// Signed 32-bit throughout: V8 keeps these as small integers, where unsigned ones above 2³¹ become heap numbers.
	return h ^ (h >>> 16);
}

/** An article's `signature`, made where it was written (a bulk load's story thread is fed it, not the text). */
export interface Signed {
	signature: Int32Array | null;
}

/** The MinHash signature of a text's word shingles (null when the text is too short to tell copies). */
export function signature(text: string): Int32Array | null {
	const count = wordHashes(text.toLowerCase());
	if (count < SHINGLE * 2) return null;
	const hashes = scratch;
	const sig = new Int32Array(HASHES).fill(0x7fffffff);
	for (let i = 0; i + SHINGLE <= count; i++) {
		let h = 0;
		for (let j = i; j < i + SHINGLE; j++) h = (mix(h ^ hashes[j]) + j - i) | 0;
		for (let k = 0; k < HASHES; k++) {
			const v = mix(h ^ SEEDS[k]);
			if (v < sig[k]) sig[k] = v;
		}
	}
	return sig;
}

/**
 * The words of a lower-case text (its runs of letters and digits, /[\p{L}\p{N}]+/gu), each hashed with the first
 * half of domain/ids.ts `hashHalves` (FNV-1a), signed, into `scratch`; returns how many. Hashed where they stand in
 * the text: every article ingested passes here, and cutting out a string per word (and a regular expression's match)
 * was most of a signature's cost. No shingle string either (ingest makes millions): a shingle combines its words' hashes.
 */
function wordHashes(text: string): number {
	const n = text.length;
	let count = 0;
	let i = 0;
	while (i < n) {
		if (!isWordChar(text, i)) {
			i += charWidth(text, i);
			continue;
		}
		let h = 0x811c9dc5;
		do {
			const end = i + charWidth(text, i);
			for (; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
		} while (i < n && isWordChar(text, i));
		if (count === scratch.length) {
			const grown = new Int32Array(count * 2);
			grown.set(scratch);
			scratch = grown;
		}
		scratch[count++] = h | 0;
	}
	return count;
}

/** `wordHashes`' output, kept between calls. */
let scratch = new Int32Array(1024);

/** Estimated share of shingles two signatures' texts have in common (Jaccard). */
export function similarity(a: Int32Array, b: Int32Array): number {
	let same = 0;
	for (let k = 0; k < HASHES; k++) same += a[k] === b[k] ? 1 : 0;
	return same / HASHES;
}

/**
 * Articles kept per band: a wire story is republished within days, so a new
 * article is compared with the latest articles that share a band, not with
 * years of them (a band that common is boilerplate, not a copy).
 */
const RECENT = 8;
/**
 * Articles whose bands are kept at all: copies come within days, and the bands
 * of every article ever added would be most of the merger's memory at a million
 * mentions (each article's bands are keys no later article shares).
 */
export const COPY_WINDOW = 10_000;

interface Entry {
	id: string;
	sig: Int32Array;
	keys: number[];
}

/** Finds, for each new article, the earlier article it copies, through the bands of the signatures. */
export class CopyIndex {
	/** Band key → the latest articles with that band. */
	#bands = new Map<number, Entry[]>();
	/** The articles whose bands are kept, oldest first (from `#oldest` on: a queue without shifting). */
	#kept: (Entry | undefined)[] = [];
	#oldest = 0;
	/** Articles compared with a new one, in all: what the index saves is seen here. */
	compared = 0;

	/**
	 * The earlier article the text copies (the most alike, the first among equals), or null; then remembers this one.
	 * Given its text, or its `signature` when the caller has made it already.
	 */
	add(articleId: string, text: string | Signed): string | null {
		const sig = typeof text === 'string' ? signature(text) : text.signature;
		if (!sig) return null;
		let best: string | null = null;
		let bestSimilarity = COPY_SIMILARITY;
		const seen: string[] = [];
		const keys: number[] = [];
		// A band's three minima and its place, packed into one number (a string key per band cost more than the hashing).
		for (let b = 0; b < HASHES; b += BAND) keys.push((mix(sig[b] ^ mix(sig[b + 1] ^ mix(sig[b + 2] ^ b))) >>> 0) * 0x200000 + ((sig[b] ^ sig[b + 2]) & 0x1fffff));
		for (const key of keys) {
			for (const other of this.#bands.get(key) ?? []) {
				// An article never copies itself: an edited article's earlier text may still be kept.
				if (other.id === articleId || seen.includes(other.id)) continue;
				seen.push(other.id);
				this.compared++;
				const s = similarity(sig, other.sig);
				if (s >= bestSimilarity && (best === null || s > bestSimilarity)) [best, bestSimilarity] = [other.id, s];
			}
		}
		const entry = { id: articleId, sig, keys };
		for (const key of keys) {
			const list = this.#bands.get(key);
			if (!list) this.#bands.set(key, [entry]);
			else {
				if (list.length === RECENT) list.shift();
				list.push(entry);
			}
		}
		this.#kept.push(entry);
		if (this.#kept.length - this.#oldest > COPY_WINDOW) this.#forget();
		return best;
	}

	/** Lets the oldest kept article go: out of its bands' lists, and a band no article holds any more out of the index. */
	#forget(): void {
		const old = this.#kept[this.#oldest]!;
		this.#kept[this.#oldest++] = undefined;
		for (const key of old.keys) {
			const list = this.#bands.get(key);
			const at = list ? list.indexOf(old) : -1;
			if (at < 0) continue;
			list!.splice(at, 1);
			if (!list!.length) this.#bands.delete(key);
		}
		// The queue's front is cut off now and then, not at every article.
		if (this.#oldest >= COPY_WINDOW) {
			this.#kept = this.#kept.slice(this.#oldest);
			this.#oldest = 0;
		}
	}
}
