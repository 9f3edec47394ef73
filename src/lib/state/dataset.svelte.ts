import { SvelteMap } from 'svelte/reactivity';
import { type ApiClient, SEQS_PER_REQUEST } from '$lib/api/client';
import { decodeIndex } from '$lib/domain/event-index';
import type { EventDetail } from '$lib/domain/types';
import { CountryIndex, type CountryIndexArrays } from '$lib/query/country-index';
import { EventTable } from '$lib/query/event-table';

/**
 * The events on the client: the compact index (filtered locally, see
 * `query/`) and the details of the events that have been shown, fetched on
 * demand and kept by their number in the index.
 */
export class Dataset {
	table = $state.raw<EventTable | null>(null);
	error = $state<string | null>(null);
	/** How many times the events changed under the page (see `reload`): event numbers from before no longer hold. */
	changes = $state(0);
	readonly details = new SvelteMap<number, EventDetail>();
	private pending = new Set<number>();
	private readonly api: ApiClient;

	constructor(api: ApiClient) {
		this.api = api;
	}

	/** Loads the index; the page works from the server-rendered data until it arrives. */
	async load(): Promise<void> {
		try {
			const buffer = await this.api.index().catch((error: Error) => {
				throw new Error(`the event index could not be loaded (${error.message})`);
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
			this.table = table;
		} catch (error) {
			this.error = (error as Error).message;
		}
	}

	/** Loads the index again after the events changed (a correction rewrote an article's): their numbers start afresh. */
	async reload(): Promise<void> {
		this.details.clear();
		await this.load();
		this.changes++;
	}

	/** Keeps details the server already sent (the server-rendered list). */
	remember(events: EventDetail[]): void {
		for (const event of events) this.details.set(event.seq, event);
	}

	/**
	 * Fetches the details of the given events that are not known yet, nor being fetched.
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
					this.remember(await this.api.eventsBySeq(missing.slice(i, i + SEQS_PER_REQUEST)));
				} catch {
					complete = false;
				}
			}
		} finally {
			for (const s of missing) this.pending.delete(s);
		}
		return complete;
	}

	/** The details of an event by its id, if they have been fetched. */
	byId(id: string): EventDetail | null {
		for (const event of this.details.values()) if (event.id === id) return event;
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
