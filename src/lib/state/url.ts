import { parseDay } from '../domain/days';
import type { CountUnit } from '../domain/stories';
import { isCountryCode } from '../geo/codes';

/**
 * Everything a reader would want to share about a view. The URL is its single
 * source of truth; this module is the pure codec between the two.
 */
export interface ViewState {
	/** The selected time window, ISO days; null: no window (everything). */
	from: string | null;
	to: string | null;
	/** The timeline's zoom: the days its detail view shows; null: fit the data. */
	zoom: [string, string] | null;
	/** Selected countries, ISO alpha-2, in the order they were picked. */
	countries: string[];
	/** Whether an event must involve `all` the selected countries or `any` of them. */
	mode: 'all' | 'any';
	/** Words to narrow by. */
	q: string;
	/** What the timeline and the map count: happenings (`stories`), or the articles telling them (`articles`). */
	count: CountUnit;
	/**
	 * The opened story's id (`st-…`). An old link's `event=<event id>` lands here too, as the
	 * plain event id: the server opens the story holding it, and the view then writes its id.
	 */
	story: string | null;
	/** Map centre and zoom; null: fit the world. */
	map: { lat: number; lng: number; zoom: number } | null;
}

export const DEFAULT_VIEW: ViewState = {
	from: null,
	to: null,
	zoom: null,
	countries: [],
	mode: 'any',
	q: '',
	count: 'stories',
	story: null,
	map: null
};

/** Longest parameter value read at all: longer ones are hostile or broken. */
const MAX_VALUE = 300;
const MAX_COUNTRIES = 30;
const MAX_QUERY = 200;
const EVENT_ID = /^[0-9a-z]{1,24}$/;
/** A story's id: `st-` and the id of the event it began with. */
const STORY_ID = /^st-[0-9a-z]{1,24}$/;

export interface Decoded {
	state: ViewState;
	/** One short sentence per part of the address that was replaced by its default. */
	notices: string[];
}

/** Reads a view from query parameters. Never throws: a bad part gets its default and a notice. */
export function decodeView(params: URLSearchParams): Decoded {
	const state: ViewState = { ...DEFAULT_VIEW, countries: [] };
	const notices: string[] = [];
	const get = (key: string): string | null => {
		const value = params.get(key);
		if (value === null || value === '') return null;
		if (value.length > MAX_VALUE && key !== 'q') {
			notices.push(`The link’s “${key}” was too long and was ignored.`);
			return null;
		}
		return value;
	};

	const from = get('from');
	const to = get('to');
	if (from !== null || to !== null) {
		const a = from === null ? null : parseDay(from);
		const b = to === null ? null : parseDay(to);
		if ((from !== null && a === null) || (to !== null && b === null)) notices.push('The link’s time window had an impossible date; showing all dates.');
		else if (a !== null && b !== null && a > b) notices.push('The link’s time window ended before it began; showing all dates.');
		else [state.from, state.to] = [from, to];
	}

	const zoom = get('zoom');
	if (zoom !== null) {
		const [a, b, ...rest] = zoom.split(',');
		const [da, db] = [parseDay(a ?? ''), parseDay(b ?? '')];
		if (rest.length === 0 && da !== null && db !== null && da < db) state.zoom = [a, b];
		else notices.push('The link’s timeline zoom was not understood; fitting the timeline to the data.');
	}

	const c = get('c');
	if (c !== null) {
		const codes = [...new Set(c.toUpperCase().split(','))].filter(Boolean);
		const known = codes.filter(isCountryCode).slice(0, MAX_COUNTRIES);
		if (known.length < codes.length) notices.push(`Unknown country codes in the link were ignored: ${codes.filter((x) => !known.includes(x)).slice(0, 5).join(', ').slice(0, 60)}.`);
		state.countries = known;
	}

	const mode = get('mode');
	if (mode === 'all' || mode === 'any') state.mode = mode;
	else if (mode !== null) notices.push('The link’s country mode was not “all” or “any”; using “any”.');

	const q = params.get('q');
	if (q) {
		if (q.length > MAX_QUERY) notices.push(`The link’s search text was cut to ${MAX_QUERY} characters.`);
		state.q = q.slice(0, MAX_QUERY);
	}

	const count = get('count');
	if (count === 'articles' || count === 'stories') state.count = count;
	else if (count !== null) notices.push('The link’s “count” was not “stories” or “articles”; counting stories.');

	const story = get('story');
	const event = get('event');
	if (story !== null) {
		if (STORY_ID.test(story)) state.story = story;
		else notices.push('The link’s story was not a valid id.');
	} else if (event !== null) {
		// A link from before stories: its event opens the story that holds it.
		if (EVENT_ID.test(event)) state.story = event;
		else notices.push('The link’s selected event was not a valid id.');
	}

	const map = get('map');
	if (map !== null) {
		const [lat, lng, zoomLevel, ...rest] = map.split(',').map(Number);
		const valid = rest.length === 0 && Math.abs(lat) <= 85 && Math.abs(lng) <= 180 && zoomLevel >= 0 && zoomLevel <= 12;
		if (valid) state.map = { lat, lng, zoom: zoomLevel };
		else notices.push('The link’s map position was not understood; showing the whole world.');
	}
	return { state, notices };
}

/** Writes a view as query parameters: a fixed key order, readable values, defaults left out. */
export function encodeView(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.from) params.set('from', state.from);
	if (state.to) params.set('to', state.to);
	if (state.countries.length) params.set('c', state.countries.join(','));
	if (state.mode !== 'any') params.set('mode', state.mode);
	if (state.q) params.set('q', state.q);
	if (state.count !== 'stories') params.set('count', state.count);
	if (state.story) params.set(STORY_ID.test(state.story) ? 'story' : 'event', state.story);
	if (state.zoom) params.set('zoom', state.zoom.join(','));
	if (state.map) params.set('map', [state.map.lat.toFixed(2), state.map.lng.toFixed(2), round(state.map.zoom)].join(','));
	return params;
}

const round = (x: number) => String(Math.round(x * 100) / 100);

/** The address of a view, for links and history entries. */
export function viewHref(state: ViewState, pathname = '/'): string {
	const query = encodeView(state).toString().replaceAll('%2C', ',');
	return query ? `${pathname}?${query}` : pathname;
}
