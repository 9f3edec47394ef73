import type * as Leaflet from 'leaflet';

/** What a polyline keeps of its points once projected, and how it draws them (Leaflet 1.9's own fields). */
interface Drawn {
	_map: Leaflet.Map | null;
	_rings: Leaflet.Point[][];
	_renderer: { _setPath(layer: Drawn, d: string): void };
}

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The arc between two countries: a polyline of three points, the ends and the control
 * point of `arcPoints`, drawn as one quadratic curve (`M a Q c b`) rather than as a line
 * through the points. Bent by the browser, the curve needs no points of its own: drawn
 * as a polyline of 25 points, each click's thirty arcs took milliseconds to project,
 * clip, simplify and parse. The three are never clipped or simplified, which would drop
 * the control point; a curve reaching past the map is cut off by the map's own box.
 */
export function arcLine(L: typeof Leaflet, options: Leaflet.PolylineOptions): Leaflet.Polyline {
	Arc ??= defineArc(L);
	return new Arc([], options);
}

type ArcClass = new (latlngs: Leaflet.LatLngExpression[], options: Leaflet.PolylineOptions) => Leaflet.Polyline;
let Arc: ArcClass | undefined;

/** Leaflet's class system: a subclass of Polyline with its drawing step replaced. */
function defineArc(L: typeof Leaflet): ArcClass {
	return L.Polyline.extend({
		_update(this: Drawn) {
			if (!this._map) return;
			const [a, c, b] = this._rings[0] ?? [];
			// Leaflet's own path for a line without points: one that draws nothing.
			const d = b ? `M${round(a.x)} ${round(a.y)}Q${round(c.x)} ${round(c.y)} ${round(b.x)} ${round(b.y)}` : 'M0 0';
			this._renderer._setPath(this, d);
		}
	}) as unknown as ArcClass;
}
