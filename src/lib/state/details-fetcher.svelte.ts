import type { Dataset } from './dataset.svelte';
import type { Explorer } from './explorer.svelte';
import type { View } from './view.svelte';

/**
 * How long a gesture must hold still, in milliseconds, before the details of what it shows
 * are fetched: a drag asks once it pauses, not on every frame (a frame makes a new list).
 */
export const GESTURE_PAUSE = 80;
/**
 * How long the view must rest, in milliseconds, before the timeline's marks get their details:
 * quick steps in a row do not each fetch and label hundreds of events, and the next step stays quick.
 */
export const MARKS_REST = 300;
/** How long after a failed fetch (a dropped connection, a server restarting) it is tried again, in milliseconds. */
export const RETRY_AFTER = 2000;
/** How many times the same events' details are asked for before waiting for the view to change. */
const ATTEMPTS = 3;

/**
 * Fetches the details (summaries, articles) of the events the views are about to
 * show: the index has only their days and countries. Each kind of wanted events
 * waits for its own reason (above); what arrives is kept in the Dataset.
 */
export class DetailsFetcher {
	private readonly view: View;
	private readonly dataset: Dataset;
	private readonly explorer: Explorer;

	constructor(view: View, dataset: Dataset, explorer: Explorer) {
		this.view = view;
		this.dataset = dataset;
		this.explorer = explorer;
	}

	/** Keeps fetching what the views want; call once, from the component that owns the fetcher. */
	follow(): void {
		// The listed events' details come at once after a step, and during a gesture once it pauses.
		this.fetchAfter(
			() => this.explorer.wanted,
			() => (this.view.previewing ? GESTURE_PAUSE : 0)
		);
		// Those the list is about to show, ahead of a gesture's next pass, once they hold still.
		this.fetchAfter(
			() => this.explorer.upcoming,
			() => GESTURE_PAUSE
		);
		this.fetchAfter(
			() => this.explorer.wantedForMarks,
			() => MARKS_REST
		);
	}

	/** Fetches these events' details now: one pointed at, say, before the others have come. */
	now(seqs: number[]): void {
		void this.dataset.fetchDetails(seqs);
	}

	/** Fetches the `wanted` events' details once they have stayed the same for `delay` ms. */
	private fetchAfter(wanted: () => number[], delay: () => number): void {
		$effect(() => {
			const seqs = wanted();
			if (!seqs.length) return;
			let attempts = 0;
			let stopped = false;
			const ask = () =>
				this.dataset.fetchDetails(seqs).then((complete) => {
					if (!complete && !stopped && ++attempts < ATTEMPTS) timer = setTimeout(ask, RETRY_AFTER);
				});
			let timer = setTimeout(ask, delay());
			return () => {
				stopped = true;
				clearTimeout(timer);
			};
		});
	}
}
