import { type ApiClient, isAbort } from '$lib/api/client';

/**
 * The stories that hold the view's search words in one of their mentions: matched by
 * the server (it has the summaries and titles), then filtered locally by their numbers
 * in the story index (a story's rows share its number, whatever is counted).
 */
export class SearchMatches {
	/** Numbers of the stories matching the words, or null without words. */
	current = $state.raw<Set<number> | null>(null);
	/** Why the last search failed, if it did. */
	error = $state<string | null>(null);

	private readonly api: ApiClient;
	private readonly words: () => string;
	private readonly changes: () => number;

	/**
	 * `words`: the view's search words; `changes`: how many times the stories changed under the
	 * page (Dataset.changes), as the matches are story numbers, which start afresh then. Both read reactively.
	 */
	constructor(api: ApiClient, words: () => string, changes: () => number = () => 0) {
		this.api = api;
		this.words = words;
		this.changes = changes;
	}

	// The words alone: every brush frame makes a new view, but the words stay equal, so the search is not made again.
	private readonly q = $derived.by(() => this.words());

	/** Keeps `current` following the words; call once, from the component that owns it. */
	follow(): void {
		$effect(() => {
			const q = this.q;
			void this.changes();
			if (!q) {
				this.current = null;
				this.error = null;
				return;
			}
			// New words supersede the search for the old ones.
			const controller = new AbortController();
			this.api.searchStories(q, { signal: controller.signal }).then(
				(seqs) => {
					this.current = new Set(seqs);
					this.error = null;
				},
				(error: Error) => {
					if (isAbort(error)) return;
					// Words the server refuses match nothing (as before, when a refusal read as no matches).
					this.current = new Set();
					this.error = error.message;
				}
			);
			return () => controller.abort();
		});
	}
}
