import { append } from './short-list';

/**
 * Candidate stories for a new mention, through postings keyed by a date window
 * (date-keys.ts) and a token — one of the mention's rare words, or (for a day)
 * a country: a mention meets only the stories of compatible dates that share
 * a telling word with it, never every story. Tokens are numbered as they come
 * and hashed with the date key into one small integer (see `posting`), which a
 * Map hashes much faster than a string. Stories are numbered; a merged story's
 * number resolves to its survivor through `resolve`.
 */
export class StoryIndex {
	/** A posting of one story is the story's number itself: most keys (a rare name on its day) hold one story, and an array each would be most of the index. */
	#postings = new Map<number, number | number[]>();
	#tokens = new Map<string, number>();
	/** Stories a lookup returned, in all: what the index spares is seen here. */
	examined = 0;
	/** For each story the last lookup returned, in its order: the date key of the posting that offered it. */
	readonly offeredKey: number[] = [];
	/** Each story's number → the last lookup that offered it (its stamp): a lookup dedupes its stories by it. */
	#offeredBy = new Int32Array(1 << 16);
	#stamp = 0;

	/**
	 * A mention's tokens with their numbers, looked up once for both its lookup and its filing: the map of every token
	 * grows with the corpus, and each token was looked up in it for each query of its
	 * lookup and again to file it. A token never filed is -1 until `add` files it.
	 */
	tokens(words: readonly string[]): Tokens {
		return { words, numbers: words.map((w) => this.#tokens.get(w) ?? -1) };
	}

	/** Files a story under each date key × token. */
	add(story: number, keys: number[], tokens: readonly string[] | Tokens): void {
		const { words, numbers } = 'numbers' in tokens ? tokens : this.tokens(tokens);
		for (let i = 0; i < words.length; i++) {
			let t = numbers[i];
			if (t < 0) {
				t = this.#tokens.get(words[i]) ?? -1;
				if (t < 0) this.#tokens.set(words[i], (t = this.#tokens.size));
				numbers[i] = t;
			}
			for (const key of keys) {
				const k = posting(t, key);
				const list = this.#postings.get(k);
				if (list === undefined) this.#postings.set(k, story);
				else if (typeof list === 'number') {
					if (list !== story) this.#postings.set(k, [list, story]);
				} else if (list[list.length - 1] !== story) {
					const grown = append(list, story);
					if (grown !== list) this.#postings.set(k, grown);
				}
			}
		}
	}

	/**
	 * Stories filed under any date key × token of any of the queries, each once,
	 * resolved to their survivors. A query may bound how many of a posting's
	 * stories it takes (the latest filed): a month's stories of one country are
	 * many at scale, and only the latest few are worth a join's look. And it may
	 * stop at the first token after which it has offered `enough` stories: its
	 * tokens come rarest first, and a rarer word's stories are the likelier.
	 */
	candidates(queries: [keys: number[], tokens: readonly string[] | Tokens, latest?: number, enough?: number][], resolve: (story: number) => number): number[] {
		// A list, deduped by stamping each story's number with this lookup's: a busy day offers dozens of stories.
		const out: number[] = [];
		const stamp = this.#nextStamp();
		this.offeredKey.length = 0;
		for (const [keys, tokens, latest = Infinity, enough = Infinity] of queries) {
			if (latest < 1) continue;
			const before = out.length;
			const { numbers } = 'numbers' in tokens ? tokens : this.tokens(tokens);
			for (const t of numbers) {
				if (out.length - before >= enough) break;
				if (t < 0) continue;
				for (const key of keys) {
					const list = this.#postings.get(posting(t, key));
					if (list === undefined) continue;
					if (typeof list === 'number') {
						if (this.#offer(resolve(list), stamp, out)) this.offeredKey.push(key);
					} else
						for (let i = Math.max(0, list.length - latest); i < list.length; i++) {
							if (this.#offer(resolve(list[i]), stamp, out)) this.offeredKey.push(key);
						}
				}
			}
		}
		this.examined += out.length;
		return out;
	}

	#nextStamp(): number {
		// After two thousand million lookups the stamps start again, from a clean slate.
		if (this.#stamp === 0x7fffffff) this.#offeredBy.fill((this.#stamp = 0));
		return ++this.#stamp;
	}

	/** Adds the story to the lookup's list unless it is there already; whether it was added. */
	#offer(story: number, stamp: number, out: number[]): boolean {
		if (story >= this.#offeredBy.length) {
			const grown = new Int32Array(Math.max(story + 1, this.#offeredBy.length * 2));
			grown.set(this.#offeredBy);
			this.#offeredBy = grown;
		}
		if (this.#offeredBy[story] === stamp) return false;
		this.#offeredBy[story] = stamp;
		out.push(story);
		return true;
	}
}

/** Tokens and their numbers in an index (`StoryIndex.tokens`), -1 for one not filed yet. */
export interface Tokens {
	words: readonly string[];
	numbers: number[];
}

/**
 * A token number and a date key as one integer below 2³⁰, which V8 keeps
 * unboxed (a product of the two would pass 2³¹ at a few hundred tokens, and
 * each would be a heap number to allocate and hash). Two pairs may share a
 * posting — a few in a thousand at a million mentions — and the index then
 * offers a story too many, which the join turns down; it never misses one.
 */
export const posting = (token: number, key: number): number => (Math.imul(token, 0x9e3779b1) + key) & 0x3fffffff;
