import L from 'leaflet';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { CircleMarkerOptions, LeafletMouseEvent, Path, PolylineOptions } from 'leaflet';
import { type Anchor, countryAnchor } from '$lib/geo/anchors';
import type { CountryFeature, CountryProperties } from '$lib/geo/countries';
import { type Look, lookClasses, Role, roleOfLook, UNSTYLED } from './look';

export interface CountryHandlers {
	/** `additive`: shift-, ctrl- or cmd-click, to add or remove rather than replace. */
	onselect: (iso: string, additive: boolean) => void;
	tooltip: (iso: string) => string;
}

/** Every country's shape and every small country's dot, with the look last given to it. */
interface Shape {
	iso: string;
	layer: Path;
	kind: 'country' | 'country-dot';
	look: Look;
}

/**
 * Leaflet applies a style to the outlines' own options, so it can simplify them:
 * to 2 pixels at the current zoom, a third fewer points to draw on every repaint.
 */
const OUTLINE: PolylineOptions = { className: 'country', weight: 0.5, fillOpacity: 1, smoothFactor: 2 };
/** A small country's dot, so that it can be seen and clicked. */
const DOT: CircleMarkerOptions = { radius: 4, className: 'country-dot', weight: 1, fillOpacity: 1 };

/**
 * The countries, as one layer: their outlines and the dots of the small ones, each shaded by
 * its look (see `restyle`). Made once with the map; counts and the selection restyle it.
 */
export class CountryLayer extends L.Layer {
	/** Where each country's dot and arcs go. */
	readonly anchors = new Map<string, Anchor>();
	readonly #shapes: Shape[] = [];
	readonly #outlines: L.GeoJSON;
	readonly #dots = L.layerGroup();

	constructor(features: FeatureCollection<MultiPolygon, CountryProperties>, { onselect, tooltip }: CountryHandlers) {
		super();
		const click = (iso: string) => (e: LeafletMouseEvent) => onselect(iso, e.originalEvent.shiftKey || e.originalEvent.ctrlKey || e.originalEvent.metaKey);
		this.#outlines = L.geoJSON(features, {
			style: OUTLINE,
			onEachFeature: (feature: CountryFeature, layer) => {
				const iso = feature.properties.iso;
				layer.bindTooltip(() => tooltip(iso), { sticky: true }).on('click', click(iso));
				this.#shapes.push({ iso, layer: layer as Path, kind: 'country', look: UNSTYLED });
			}
		});
		for (const feature of features.features) {
			const iso = feature.properties.iso;
			const anchor = countryAnchor(feature.geometry);
			this.anchors.set(iso, anchor);
			if (!anchor.small) continue;
			const dot = L.circleMarker([anchor.lat, anchor.lng], DOT);
			dot.bindTooltip(() => tooltip(iso)).on('click', click(iso)).addTo(this.#dots);
			this.#shapes.push({ iso, layer: dot, kind: 'country-dot', look: UNSTYLED });
		}
	}

	onAdd(map: L.Map): this {
		// Added again, Leaflet draws new elements, which have no look yet.
		for (const shape of this.#shapes) shape.look = UNSTYLED;
		this.#outlines.addTo(map);
		this.#dots.addTo(map);
		return this;
	}

	onRemove(): this {
		this.#outlines.remove();
		this.#dots.remove();
		return this;
	}

	/**
	 * Gives each shape the look of its country. This runs on every frame of a brush drag, so it
	 * writes to the DOM only what changed: Leaflet's setStyle would rewrite every attribute of
	 * every country. The colour is a class too, not a `fill` attribute: a changed attribute of
	 * an SVG shape has the browser read all of them again, its outline's path data included,
	 * and a click that recoloured the world spent several milliseconds on that.
	 */
	restyle(lookOf: (iso: string) => Look): void {
		for (const shape of this.#shapes) {
			const look = lookOf(shape.iso);
			const element = shape.layer.getElement();
			if (look === shape.look || !element) continue;
			if (shape.look === UNSTYLED) element.setAttribute('data-iso', shape.iso);
			shape.look = look;
			element.setAttribute('class', lookClasses(shape.kind, look));
			// A selected country's outline is drawn above its neighbours'.
			if (roleOfLook(look) === Role.selected && shape.kind === 'country') shape.layer.bringToFront();
		}
	}
}
