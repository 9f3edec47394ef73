/** A time window in whole days (inclusive), as the brush edits it. */
export interface DayWindow {
	from: number;
	to: number;
}

/** Keeps a window inside [min, max] without changing its length (unless it is longer than the bounds). */
export function clampWindow(w: DayWindow, min: number, max: number): DayWindow {
	const length = Math.min(w.to - w.from, max - min);
	const from = Math.max(min, Math.min(w.from, max - length));
	return { from, to: from + length };
}

/**
 * What a key does to the brush: arrows move it by a step, Shift+arrows move its
 * end (resize), PageUp/PageDown move it by its own length, Home/End jump to the start or end.
 * Returns null for keys the brush does not use.
 */
export function brushKey(key: string, shift: boolean, w: DayWindow, min: number, max: number, step: number): DayWindow | null {
	const length = w.to - w.from;
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return shift ? { from: w.from, to: Math.max(w.from, w.to - step) } : clampWindow({ from: w.from - step, to: w.to - step }, min, max);
		case 'ArrowRight':
		case 'ArrowUp':
			return shift ? { from: w.from, to: Math.min(max, w.to + step) } : clampWindow({ from: w.from + step, to: w.to + step }, min, max);
		case 'PageUp':
			return clampWindow({ from: w.from - length - 1, to: w.to - length - 1 }, min, max);
		case 'PageDown':
			return clampWindow({ from: w.from + length + 1, to: w.to + length + 1 }, min, max);
		case 'Home':
			return { from: min, to: min + length };
		case 'End':
			return { from: max - length, to: max };
		default:
			return null;
	}
}

/** A step that suits the window: a day for short windows, about a month or more for long ones. */
export function keyStep(w: DayWindow): number {
	const length = w.to - w.from + 1;
	return length <= 31 ? 1 : length <= 366 ? 7 : 30;
}

/** Zooms [from, to] by `factor` (< 1 zooms in) around `centre`, keeping at least one day. */
export function zoomWindow(w: DayWindow, factor: number, centre: number, min: number, max: number): DayWindow {
	const from = centre - (centre - w.from) * factor;
	const to = centre + (w.to - centre) * factor;
	const clamped = clampWindow({ from: Math.round(from), to: Math.max(Math.round(to), Math.round(from)) }, min, max);
	return { from: clamped.from, to: Math.max(clamped.to, clamped.from) };
}
