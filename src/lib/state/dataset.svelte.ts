import { SvelteMap } from 'svelte/reactivity';
import { type ApiClient, SEQS_PER_REQUEST } from '$lib/api/client';
import { decodeIndex } from '$lib/domain/event-index';
import type { CountUnit, StorySummary } from '$lib/domain/stories';
import { CountryIndex, type CountryIndexArrays } from '$lib/query/country-index';
import { EventTable } from '$lib/query/event-table';

/**
 * The stories on the client: the compact index (filtered locally, see `query/`),
 * one row per story, or per article telling one when coverage is counted, and the
 * faces of the stories that have been shown, fetched on demand and kept by their
 * number in the index (a story's rows share it, whatever is counted).
 */
export class Dataset {
	table = $state.raw<EventTable | null>(null);
	/** What the table's rows are: stories, or the articles telling them. */
	unit = $state<CountUnit>('stories');
	error = $state<string | null>(null);
	/** How many times the stories changed under the page (see `reload`): story numbers from before no longer hold. */
	changes = $state(0);
	readonly details = new SvelteMap<number, StorySummary>();
	private pending = new Set<number>();
	private loads = 0;
	private readonly api: ApiClient;

	constructor(api: ApiClient) {
		this.api = api;
	}

	/** Loads the index of `unit`; the page works from the server-rendered data until it arrives. */
	async load(unit: CountUnit = this.unit): Promise<void> {
		// A later load (the reader switched back) supersedes this one.
		const ticket = ++this.loads;
		try {
			const buffer = await this.api.storyIndex(unit).catch((error: Error) => {
				throw new Error(`the story index could not be loaded (${error.message})`);
			});
			// The worker builds the country index from its copy while this thread builds the table;
			// the table is shown with it, so that no gesture competes with the worker for the processor.
			// A worker that takes too long does not hold the page back: its index joins the table later.
			const indexed = indexCountries(buffer.slice(0));
			const table = new EventTable(decodeIndex(buffer));
			const attach = (arrays: CountryIndexArrays | null) => arrays && (table.countryIndex = new CountryIndex(arrays, table));
			let timer: ReturnType<typeof setTimeout> | undefined;
			const patience = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), INDEX_PATIENCE)));
			const first = await Promise.race([indexed, patience]);
			clearTimeout(timer);
			if (first === 'late') indexed.then(attach);
			else attach(first);
			if (ticket !== this.loads) return;
			this.table = table;
			this.unit = unit;
			this.error = null;
		} catch (error) {
			if (ticket === this.loads) this.error = (error as Error).message;
		}
	}

	/** Loads the index again after the stories changed (a correction moved their mentions): their numbers start afresh. */
	async reload(): Promise<void> {
		this.details.clear();
		await this.load();
		this.changes++;
	}

	/** Keeps faces the server already sent (the server-rendered list). */
	remember(stories: StorySummary[]): void {
		for (const story of stories) this.details.set(story.seq, story);
	}

	/**
	 * Fetches the faces of the given stories that are not known yet, nor being fetched.
	 * Never superseded: whatever arrives is kept, for whichever view shows it next. Resolves
	 * with whether every batch came; a failed one is forgotten, so that asking again retries it.
	 */
	async fetchDetails(seqs: number[]): Promise<boolean> {
		const missing = seqs.filter((s) => !this.details.has(s) && !this.pending.has(s));
		if (missing.length === 0) return true;
		for (const s of missing) this.pending.add(s);
		let complete = true;
		try {
			for (let i = 0; i < missing.length; i += SEQS_PER_REQUEST) {
				try {
					this.remember(await this.api.storiesBySeq(missing.slice(i, i + SEQS_PER_REQUEST)));
				} catch {
					complete = false;
				}
			}
		} finally {
			for (const s of missing) this.pending.delete(s);
		}
		return complete;
	}

	/** A story's face by its id, if it has been fetched. */
	byId(id: string): StorySummary | null {
		for (const story of this.details.values()) if (story.id === id) return story;
		return null;
	}
}

/** How long the table waits for its country index, in milliseconds, before it is shown without it. */
const INDEX_PATIENCE = 3000;

/** The country index (see CountryIndex) of a downloaded event index, built in a worker; null if it cannot be. */
function indexCountries(buffer: ArrayBuffer): Promise<CountryIndexArrays | null> {
	if (typeof Worker === 'undefined') return Promise.resolve(null);
	const worker = new Worker(new URL('../query/country-index.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<CountryIndexArrays | null>((resolve) => {
		worker.onmessage = (event: MessageEvent<CountryIndexArrays>) => resolve(event.data);
		worker.onerror = () => resolve(null);
		worker.postMessage(buffer, [buffer]);
	}).finally(() => worker.terminate());
}
