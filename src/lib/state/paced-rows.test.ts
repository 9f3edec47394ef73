import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Frames, PacedRows } from './paced-rows.svelte';

/** Frames that run only when the test says a frame has come. */
function manualFrames() {
	const waiting = new Map<number, () => void>();
	let next = 1;
	const frames: Frames = {
		request: (callback) => (waiting.set(next, callback), next++),
		cancel: (handle) => void waiting.delete(handle)
	};
	const frame = () => {
		const due = [...waiting.values()];
		waiting.clear();
		for (const callback of due) callback();
	};
	return { frames, frame, pending: () => waiting.size };
}

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('PacedRows', () => {
	beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
	afterEach(() => void vi.useRealTimers());

	it('shows a step at once', () => {
		const rows = new PacedRows<number>(150, 8, manualFrames().frames);
		rows.set(range(0, 25));
		expect(rows.current).toEqual(range(0, 25));
	});

	it('leaves the rows as they were for the interval after a gesture begins, then rewrites them a chunk per frame, top first', () => {
		const { frames, frame, pending } = manualFrames();
		const rows = new PacedRows<number>(150, 8, frames);
		rows.set(range(0, 20));
		vi.advanceTimersByTime(1000);
		rows.follow(() => range(100, 20), performance.now());
		vi.advanceTimersByTime(149);
		frame();
		expect(rows.current).toEqual(range(0, 20));
		vi.advanceTimersByTime(1);
		frame();
		expect(rows.current).toEqual([...range(100, 8), ...range(8, 12)]);
		frame();
		expect(rows.current).toEqual([...range(100, 16), ...range(16, 4)]);
		frame();
		expect(rows.current).toEqual(range(100, 20));
		expect(pending()).toBe(0);
	});

	it('does its work in frames only, never in a task between them', () => {
		const { frames, frame, pending } = manualFrames();
		const rows = new PacedRows<number>(150, 8, frames);
		rows.set(range(0, 20));
		rows.follow(() => range(100, 20), performance.now());
		vi.advanceTimersByTime(1000);
		expect(rows.current).toEqual(range(0, 20));
		expect(vi.getTimerCount()).toBe(0);
		expect(pending()).toBe(1);
		frame();
		expect(rows.current.slice(0, 8)).toEqual(range(100, 8));
	});

	it('takes the newest rows as the pass goes, and their change above it in one more pass, an interval later', () => {
		const { frames, frame } = manualFrames();
		const rows = new PacedRows<number>(150, 8, frames);
		rows.set(range(0, 16));
		const start = performance.now();
		rows.follow(() => range(100, 16), start);
		vi.advanceTimersByTime(150);
		frame();
		expect(rows.current.slice(0, 8)).toEqual(range(100, 8));
		rows.follow(() => range(200, 16), start);
		frame();
		expect(rows.current).toEqual([...range(100, 8), ...range(208, 8)]);
		vi.advanceTimersByTime(149);
		frame();
		expect(rows.current.slice(0, 8)).toEqual(range(100, 8));
		vi.advanceTimersByTime(1);
		frame();
		expect(rows.current).toEqual(range(200, 16));
	});

	it('makes the rows to show only when a pass shows them, not on every frame that follows them', () => {
		const { frames, frame } = manualFrames();
		const rows = new PacedRows<number>(150, 8, frames);
		rows.set(range(0, 8));
		const start = performance.now();
		let made = 0;
		const latest = () => (made++, range(100, 8));
		for (let i = 0; i < 9; i++) {
			rows.follow(latest, start);
			vi.advanceTimersByTime(16);
			frame();
		}
		expect(made).toBe(0);
		vi.advanceTimersByTime(16);
		frame();
		expect(rows.current).toEqual(range(100, 8));
		expect(made).toBeGreaterThan(0);
		expect(made).toBeLessThanOrEqual(2);
	});

	it('takes a new number of rows at once', () => {
		const { frames, frame } = manualFrames();
		const rows = new PacedRows<number>(150, 8, frames);
		rows.set(range(0, 20));
		rows.follow(() => range(100, 3), -Infinity);
		vi.advanceTimersByTime(150);
		frame();
		expect(rows.current).toEqual(range(100, 3));
		rows.follow(() => range(200, 12), -Infinity);
		vi.advanceTimersByTime(150);
		frame();
		// The first chunk is rewritten, and the rows beyond the three shown are new: all twelve show.
		expect(rows.current).toEqual(range(200, 12));
	});

	it('does not set equal rows again, and a step ends the pass under way', () => {
		const { frames, frame, pending } = manualFrames();
		const rows = new PacedRows<number>(150, 8, frames);
		rows.set(range(0, 20));
		const shown = rows.current;
		rows.set(range(0, 20));
		expect(rows.current).toBe(shown);
		rows.follow(() => range(100, 20), -Infinity);
		vi.advanceTimersByTime(150);
		frame();
		expect(pending()).toBe(1);
		rows.set(range(300, 20));
		expect(pending()).toBe(0);
		expect(rows.current).toEqual(range(300, 20));
		vi.advanceTimersByTime(1000);
		frame();
		expect(rows.current).toEqual(range(300, 20));
	});
});
