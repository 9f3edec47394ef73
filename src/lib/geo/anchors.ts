import type { MultiPolygon, Position } from 'geojson';

/** Countries smaller than this (in square degrees of their bounding box) get a dot, so they can be seen and clicked. */
const SMALL = 2;

export interface Anchor {
	/** Where to put a country's dot and arcs: the middle of its largest piece of land. */
	lat: number;
	lng: number;
	/** Whether the country is too small to find and click as a shape. */
	small: boolean;
}

export function countryAnchor(geometry: MultiPolygon): Anchor {
	let best: { area: number; box: [number, number, number, number] } | null = null;
	let total = 0;
	for (const polygon of geometry.coordinates) {
		const box = bounds(polygon[0]);
		const area = (box[2] - box[0]) * (box[3] - box[1]);
		total += area;
		if (!best || area > best.area) best = { area, box };
	}
	const [w, s, e, n] = best?.box ?? [0, 0, 0, 0];
	return { lng: (w + e) / 2, lat: (s + n) / 2, small: total < SMALL };
}

function bounds(ring: Position[]): [number, number, number, number] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of ring) {
		w = Math.min(w, x);
		e = Math.max(e, x);
		s = Math.min(s, y);
		n = Math.max(n, y);
	}
	return [w, s, e, n];
}

/**
 * The three points of a gentle arc from a to b (as [lat, lng]): its ends and the control
 * point of the quadratic curve between them, bowed to the side so that two arcs between the
 * same countries stay apart. The curve keeps within the three, and the control point within
 * the map's longitudes, so it never crosses the antimeridian: a planar map draws no line
 * across the world.
 */
export function arcPoints(a: Anchor, b: Anchor): [[number, number], [number, number], [number, number]] {
	const bow = 0.2;
	const lng = Math.max(-180, Math.min(180, (a.lng + b.lng) / 2 - (b.lat - a.lat) * bow));
	const lat = Math.max(-80, Math.min(80, (a.lat + b.lat) / 2 + (b.lng - a.lng) * bow));
	return [
		[a.lat, a.lng],
		[lat, lng],
		[b.lat, b.lng]
	];
}
