/**
 * When a story is context for a window rather than its content: when its date covers more
 * than CONTEXT_FACTOR times the window's days. A year-long story in a three-week window
 * (365 > 84 days) is the background of what happened in those weeks, not one of its
 * happenings; a month-long one in the same window (31 days) is still about it, as a reader
 * who chose three weeks would count a "July" story among them. Four is the ratio that keeps
 * month-level stories in windows of a week or more and moves year-level ones out of windows
 * of up to three months, where they filled every lane; the whole period (no window) has no
 * context at all, as nothing covers four times all the data.
 */
export const CONTEXT_FACTOR = 4;

/** The most days a story may cover and still be content of the window [from, to]. */
export function contentSpan(from: number, to: number): number {
	return CONTEXT_FACTOR * (to - from + 1);
}
