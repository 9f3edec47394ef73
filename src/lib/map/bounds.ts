import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';

/**
 * How far the map pans: a little past the antimeridian on both sides, so that Chukotka and Fiji
 * can be centred, and short of the poles, which Web Mercator stretches without end.
 */
export const PAN_LIMITS: LatLngBoundsLiteral = [
	[-85, -200],
	[85, 200]
];

/** The view without a position in the address: the inhabited world, from Tierra del Fuego to Svalbard's south. */
export const INHABITED_WORLD: LatLngBoundsLiteral = [
	[-45, -165],
	[72, 175]
];

/** A view to make the map with, which layers need; the address or INHABITED_WORLD replaces it at once. */
export const PROVISIONAL_VIEW = { center: [25, 20] as LatLngTuple, zoom: 2 };

/** The zooms a reader can reach: the whole world at 0, a city's surroundings at 8. */
export const ZOOMS = { min: 0, max: 8 };

/** The zoom from which every small country gets its dot, involved or not. */
export const NEAR_ZOOM = 3;
