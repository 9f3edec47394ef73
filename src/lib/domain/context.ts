/**
 * Whether a story (or event) is context rather than content of a time window:
 * its date is far coarser than the window — a year-long story in a three-week
 * window, a month in a week. Such stories are listed after those precise to the
 * window and drawn apart. A story longer than the window itself cannot be
 * placed inside it, so it says nothing about when in the window things
 * happened: "July 2014" in three weeks around MH17 is context, and the day's
 * story leads. In a longer window a story is content when it is precise to a
 * month or finer, however long the window (a few mentions of 1979 stretch the
 * data's span over decades): the list opens on happenings, not on the years.
 * Without both ends of a window, nothing is context: a view with no window is
 * given the data's first and last days.
 */
export function isContext(days: number, window: { from: number | null; to: number | null }): boolean {
	return window.from !== null && window.to !== null && days > contextDays(window.from, window.to);
}

/** The most days a story may cover and still be content of the window from `from` to `to` (UTC day numbers): the window's, at most a month. */
export const contextDays = (from: number, to: number): number => Math.min(to - from + 1, MONTH_DAYS);

/** The longest month: a story of a month (or finer) is content of any window at least that long. */
const MONTH_DAYS = 31;
