/**
 * Whether a story (or event) is context rather than content of a time window:
 * its date is far coarser than the window — a year-long story in a three-week
 * window, a month in a week. Such stories are listed after those precise to the
 * window and drawn apart. A story longer than the window itself cannot be
 * placed inside it, so it says nothing about when in the window things
 * happened: "July 2014" in three weeks around MH17 is context, and the day's
 * story leads. In a long window a story is content when it is precise to a
 * month or finer (or, in a window of years, to a 24th of it): the list opens
 * on happenings, not on the years. Without both ends of a window, nothing is
 * context: a view with no window is given the data's first and last days.
 */
export function isContext(days: number, window: { from: number | null; to: number | null }): boolean {
	return window.from !== null && window.to !== null && days > contextDays(window.from, window.to);
}

/**
 * The most days a story may cover and still be content of the window from `from` to `to` (UTC day numbers):
 * no more than the window, and no more than a month or a 24th of the window, whichever is longer.
 */
export function contextDays(from: number, to: number): number {
	const days = to - from + 1;
	return Math.min(days, Math.max(MONTH_DAYS, Math.floor(days / WINDOW_PARTS)));
}

/** The longest month: a story of a month (or finer) is content of any window at least that long. */
const MONTH_DAYS = 31;
/** In a window of years, a story as long as this part of it is precise enough to be content (two months in four years). */
const WINDOW_PARTS = 24;
