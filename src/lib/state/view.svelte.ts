import type { Address } from './address';
import { decodeView, type ViewState, viewHref } from './url';

/**
 * The current view, read from the address bar and written back to it.
 *
 * Each history entry carries its view (SvelteKit's shallow routing), so Back and
 * Forward restore it without reloading; the entry the page was opened with is
 * read from its URL. Deliberate steps (a click, a finished brush) `push` an
 * entry, so Back undoes them; continuous adjustments (a map pan) `replace` it.
 * While a gesture is under way its frames are only a `preview`: they change what
 * is shown, not the history (browsers also throttle history writes per second).
 */
export class View {
	private readonly address: Address;

	/** Reads and writes `address`: the page's own (`pageAddress`), or another in tests. */
	constructor(address: Address) {
		this.address = address;
	}

	/** The view decoded from the address the page was opened with, and what was wrong with it. */
	readonly opened = $derived.by(() => decodeView(this.address.url.searchParams));
	private live = $state.raw<Partial<ViewState> | null>(null);
	private readonly committed: ViewState = $derived.by(() => this.address.view ?? this.opened.state);
	/** The last step taken, until its history entry is written (see `write`). */
	private taken = $state.raw<ViewState | null>(null);
	private readonly settled: ViewState = $derived(this.taken ?? this.committed);
	readonly state: ViewState = $derived(this.live ? { ...this.settled, ...this.live } : this.settled);

	/** A step: a new history entry with the view changed by `patch`. */
	push(patch: Partial<ViewState>): void {
		this.write(patch, 'push');
	}

	/** An adjustment: the current history entry now holds the view changed by `patch`. */
	replace(patch: Partial<ViewState>): void {
		this.write(patch, 'replace');
	}

	/** A gesture's frame (`done` false: a `preview`) or its end (`done`: a step, `push`). */
	change(patch: Partial<ViewState>, done: boolean): void {
		if (done) this.push(patch);
		else this.preview(patch);
	}

	/** When the gesture under way began (performance.now()), if one is. */
	gestureStart = 0;

	/** One frame of a gesture: shown at once, written to history when the gesture ends with `push`. */
	preview(patch: Partial<ViewState>): void {
		if (!this.live) this.gestureStart = performance.now();
		this.live = { ...this.live, ...patch };
	}

	/** Whether a gesture is under way (its frames are previews). */
	get previewing(): boolean {
		return this.live !== null;
	}

	/** Drops a gesture's preview without keeping it. */
	cancelPreview(): void {
		this.live = null;
	}

	/**
	 * Shows the step at once and writes its history entry after the frame that shows it: the
	 * browser takes a millisecond or more to store an entry, and a click at a million events
	 * waited twice that for SvelteKit's write. The entry holds the very object shown, so
	 * writing it changes nothing on the page.
	 */
	private write(patch: Partial<ViewState>, method: 'push' | 'replace'): void {
		const next = { ...this.state, ...patch };
		this.taken = next;
		this.live = null;
		afterPaint(() => {
			this.address[method](viewHref(next, this.address.url.pathname), next);
			// A later step, taken meanwhile, waits for its own entry.
			if (this.taken === next) this.taken = null;
		});
	}

	/** The shareable address of the current view. */
	get href(): string {
		return new URL(viewHref(this.state, this.address.url.pathname), this.address.url).href;
	}
}

/**
 * Runs `task` once the next frame has been painted: a task queued from that frame's start.
 * A hidden page paints no frames, and would not run it until shown: it runs at once (as it
 * does outside a browser).
 */
function afterPaint(task: () => void): void {
	if (typeof document === 'undefined' || document.hidden) task();
	else requestAnimationFrame(() => setTimeout(task));
}
