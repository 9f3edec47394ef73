import { dateKeys } from './date-keys';

/**
 * Candidate stories for a new mention, through postings keyed by a date window
 * and one of the mention's rarest words (or, for a clause without a rare word,
 * a country): a mention meets only the stories of compatible dates that share
 * a telling word with it, never every story. Stories are numbered; a merged
 * story's number resolves to its survivor through `resolve`.
 */
export class StoryIndex {
	#postings = new Map<string, number[]>();
	/** Stories a lookup returned, in all: what the index spares is seen here. */
	examined = 0;

	/** Files a story under each date key × token. */
	add(story: number, keys: string[], tokens: string[]): void {
		for (const key of keys) {
			for (const token of tokens) {
				const k = `${key}|${token}`;
				const list = this.#postings.get(k);
				if (!list) this.#postings.set(k, [story]);
				else if (list[list.length - 1] !== story) list.push(story);
			}
		}
	}

	/** Stories filed under any date key × token, each once, resolved to their survivors. */
	candidates(keys: string[], tokens: string[], resolve: (story: number) => number): number[] {
		const out = new Set<number>();
		for (const key of keys) {
			for (const token of tokens) {
				for (const s of this.#postings.get(`${key}|${token}`) ?? []) out.add(resolve(s));
			}
		}
		this.examined += out.size;
		return [...out];
	}
}

