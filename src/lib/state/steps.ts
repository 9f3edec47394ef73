import { formatDay } from '$lib/domain/days';
import type { EventDetail } from '$lib/domain/types';
import type { DayWindow } from '$lib/timeline/brush';
import { DEFAULT_VIEW, type ViewState, viewHref } from './url';

/**
 * The selected countries after a click on `iso`. A plain click chooses that country alone,
 * or, when it is already the only one, clears the selection; an additive click
 * (Shift or Ctrl, or a country button) adds it, or removes it if it was chosen.
 */
export function toggleCountry(selected: readonly string[], iso: string, additive: boolean): string[] {
	const has = selected.includes(iso);
	if (additive) return has ? selected.filter((c) => c !== iso) : [...selected, iso];
	return has && selected.length === 1 ? [] : [iso];
}

/** The view's time window as the brush left it (null: no window). */
export function windowPatch(w: DayWindow | null): Pick<ViewState, 'from' | 'to'> {
	return w ? { from: formatDay(w.from), to: formatDay(w.to) } : { from: null, to: null };
}

/** The timeline's zoom as the reader left it (null: fit the data). */
export function zoomPatch(z: DayWindow | null): Pick<ViewState, 'zoom'> {
	return { zoom: z ? [formatDay(z.from), formatDay(z.to)] : null };
}

/** The address of the main view on the time window of some events (all their days); the default view if none. */
export function viewOfEvents(events: Pick<EventDetail, 'first' | 'last'>[]): string {
	if (events.length === 0) return viewHref(DEFAULT_VIEW);
	const from = events.reduce((min, e) => (e.first < min ? e.first : min), events[0].first);
	const to = events.reduce((max, e) => (e.last > max ? e.last : max), events[0].last);
	return viewHref({ ...DEFAULT_VIEW, from, to });
}
