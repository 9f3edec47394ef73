/** Asks for a callback at the next frame, and cancels such a request: the browser's by default. */
export interface Frames {
	request: (callback: () => void) => number;
	cancel: (handle: number) => void;
}

const browserFrames: Frames = {
	request: (callback) => requestAnimationFrame(callback),
	cancel: (handle) => cancelAnimationFrame(handle)
};

/** Whether two lists hold the same items in the same order. */
export const same = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Rows of a list that follow a gesture in passes. Rewriting every row in one
 * frame costs more than the frame (each row's text is set, shaped and laid
 * out), so while a gesture runs a pass begins at most every `interval` ms, and
 * rewrites `chunk` rows per frame, top first: the first chunk holds the rows in
 * view, the rest follow below in the next frames (a `chunk` of Infinity: all at
 * once). Rows are kept by place, so a row not yet rewritten shows what it showed
 * before, for a frame or two.
 *
 * Passes begin and go on in animation frames, never in a task of their own: such a
 * task runs between frames, holding back the next pointer move, and what it changes
 * is painted with the next frame anyway.
 */
export class PacedRows<T> {
	/** The rows shown. */
	current = $state.raw<T[]>([]);

	/** The rows to show, which the pass under way catches up with: asked for only when a pass shows them. */
	private latest: () => T[] = () => [];
	private passStarted = -Infinity;
	/** When the waiting pass may begin (a `performance.now()` time); null: none is waiting. */
	private due: number | null = null;
	/** The pass under way: the first row of its next chunk, and the rows it began with. */
	private pass: { from: number; began: T[] } | null = null;
	private frame: number | undefined;
	private readonly interval: number;
	private readonly chunk: number;
	private readonly frames: Frames;

	constructor(interval: number, chunk: number, frames: Frames = browserFrames) {
		this.interval = interval;
		this.chunk = chunk;
		this.frames = frames;
	}

	/** Shows `rows` at once (a step, not a gesture), ending any pass under way. */
	set(rows: T[]): void {
		this.cancel();
		this.latest = () => rows;
		this.show(rows);
		this.passStarted = performance.now();
	}

	/**
	 * Shows `rows()` in the next pass: one begins `interval` ms after the last one
	 * began, and not before `interval` ms after `since` (the gesture's start, so that
	 * its first frame, the one that changes most, leaves the rows as they were).
	 * `rows` is called only as a pass shows them, not on every frame that calls this.
	 */
	follow(rows: () => T[], since: number): void {
		this.latest = rows;
		// A pass waiting or under way picks up the newest rows as it goes.
		if (this.due === null && this.pass === null) this.due = Math.max(this.passStarted, since) + this.interval;
		this.nextFrame();
	}

	/** Stops the pass waiting or under way (the rows stay as they are). */
	cancel(): void {
		if (this.frame !== undefined) this.frames.cancel(this.frame);
		this.frame = undefined;
		this.due = null;
		this.pass = null;
	}

	private nextFrame(): void {
		this.frame ??= this.frames.request(() => {
			this.frame = undefined;
			this.step();
		});
	}

	/** In a frame: begins the waiting pass if it is due, and rewrites the pass's next chunk. */
	private step(): void {
		if (!this.pass) {
			if (this.due === null) return;
			if (performance.now() < this.due) return this.nextFrame();
			this.due = null;
			this.passStarted = performance.now();
			this.pass = { from: 0, began: this.latest() };
		}
		const { from, began } = this.pass;
		const rows = this.latest();
		const shown = this.current;
		const to = from + this.chunk;
		// The list takes the newest length at once; only the chunk's rows change what they show.
		this.show(rows.map((row, i) => ((i >= from && i < to) || i >= shown.length ? row : shown[i])));
		if (to < rows.length) {
			this.pass.from = to;
			this.nextFrame();
		} else {
			this.pass = null;
			// The rows changed during the pass, above where it had got to: they wait for the next one.
			if (!same(rows, began)) this.follow(this.latest, -Infinity);
		}
	}

	/** Rows equal to those shown are not set again: each set redraws every row's text. */
	private show(rows: T[]): void {
		if (!same(rows, this.current)) this.current = rows;
	}
}
