/**
 * Inverse document frequency kept incrementally over the mentions seen so far:
 * a word most clauses hold ("said", "the") weighs almost nothing, a name or a
 * number few clauses hold weighs much. No fixed list: the corpus decides.
 */
export class DocumentFrequency {
	/** Each word's count in a box of its own: a count goes up with one lookup, not a lookup and a store. */
	#counts: Map<string, { n: number }>;
	#documents: number;
	#version = 0;

	/** Starts from a prior: counts of a general corpus (background.json), so the first articles are weighed sensibly too. */
	constructor(prior: { documents: number; counts: Record<string, number> } = { documents: 0, counts: {} }) {
		this.#documents = prior.documents;
		this.#counts = new Map(Object.entries(prior.counts).map(([w, n]) => [w, { n }]));
	}

	/** Counts one document's words (each once; given in parts, e.g. a clause's words and its sentence's others). */
	add(...parts: readonly string[][]): void {
		this.#documents++;
		this.#version++;
		for (const words of parts)
			for (const w of words) {
				const count = this.#counts.get(w);
				if (count) count.n++;
				else this.#counts.set(w, { n: 1 });
			}
	}

	/** Goes up with every change of the counts: weights worked out at one version hold until the next. */
	get version(): number {
		return this.#version;
	}

	/** Takes back a document `add` counted (an article edited or deleted), with the same parts. */
	remove(...parts: readonly string[][]): void {
		this.#documents--;
		this.#version++;
		for (const words of parts)
			for (const w of words) {
				const count = this.#counts.get(w);
				if (count && --count.n <= 0) this.#counts.delete(w);
			}
	}

	get documents(): number {
		return this.#documents;
	}

	/** log((N + 1) / (df + 1)): 0 for a word every document holds, never negative. */
	weight(word: string): number {
		return Math.log((this.#documents + 1) / ((this.#counts.get(word)?.n ?? 0) + 1));
	}
}
