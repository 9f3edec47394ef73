/**
 * Whether a story (or event) is context rather than content of a time window:
 * its date is far coarser than the window — a year-long story in a three-week
 * window, a month in a week. Such stories are listed after those precise to the
 * window and drawn apart. More than twice the window's days; without both ends
 * of a window, nothing is context.
 */
export function isContext(days: number, window: { from: number | null; to: number | null }): boolean {
	return window.from !== null && window.to !== null && days > contextDays(window.from, window.to);
}

/** The most days a story may cover and still be content of the window from `from` to `to` (UTC day numbers). */
export const contextDays = (from: number, to: number): number => 2 * (to - from + 1);
