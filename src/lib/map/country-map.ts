import L from 'leaflet';
import type { Topology } from 'topojson-specification';
import { countryFeatures } from '$lib/geo/countries';
import type { ViewState } from '$lib/state/url';
import { ArcLayer } from './arc-layer';
import { INHABITED_WORLD, PAN_LIMITS, PROVISIONAL_VIEW, ZOOMS } from './bounds';
import { type CountryHandlers, CountryLayer } from './country-layer';

export type MapPosition = NonNullable<ViewState['map']>;

export interface CountryMapHandlers extends CountryHandlers {
	/** The reader moved or zoomed the map. */
	onmove: (position: MapPosition) => void;
	onzoom: (zoom: number) => void;
}

/**
 * The Leaflet map of the countries, with its two layers: the shaded countries and the arcs
 * between them. Made on the client (Leaflet touches `window` when imported) by the component
 * that owns it, which pushes counts, the selection and the address into it; `remove` undoes
 * everything it made.
 */
export class CountryMap {
	readonly countries: CountryLayer;
	readonly arcs: ArcLayer;
	readonly #map: L.Map;
	readonly #resized: ResizeObserver;
	/** The position last asked for by `show`; undefined before the first. */
	#position: MapPosition | null | undefined = undefined;
	// Moves the map makes to follow the address or its own box are not the reader's: they
	// must not write a position to the address.
	#following = false;

	constructor(container: HTMLElement, topology: Topology, handlers: CountryMapHandlers) {
		this.#map = L.map(container, {
			...PROVISIONAL_VIEW,
			minZoom: ZOOMS.min,
			maxZoom: ZOOMS.max,
			zoomSnap: 0.25,
			worldCopyJump: false,
			maxBounds: PAN_LIMITS,
			maxBoundsViscosity: 1,
			keyboard: true
		});
		this.#map.attributionControl.setPrefix(false).addAttribution('Shapes: Natural Earth');
		this.countries = new CountryLayer(countryFeatures(topology), handlers).addTo(this.#map);
		this.arcs = new ArcLayer(this.countries.anchors).addTo(this.#map);
		this.#map.on('zoomend', () => handlers.onzoom(this.#map.getZoom()));
		this.#map.on('moveend', () => {
			if (this.#following) return;
			const { lat, lng } = this.#map.getCenter();
			handlers.onmove({ lat, lng, zoom: this.#map.getZoom() });
		});
		// Leaflet measures its box once, but the page's rows settle after the map is made (the
		// timeline comes with the data): it measures again, and the whole-world view is fitted again.
		this.#resized = new ResizeObserver(() => {
			this.#follow(() => this.#map.invalidateSize({ animate: false }));
			if (this.#position === null) this.#frameWorld();
		});
		this.#resized.observe(container);
	}

	/** Follows the address: its centre and zoom, else (null) the whole world. */
	show(position: MapPosition | null): void {
		const first = this.#position === undefined;
		this.#position = position;
		if (position) {
			const current = this.#map.getCenter();
			const same = Math.abs(current.lat - position.lat) < 0.01 && Math.abs(current.lng - position.lng) < 0.01 && this.#map.getZoom() === position.zoom;
			if (!same || first) this.#follow(() => this.#map.setView([position.lat, position.lng], position.zoom, { animate: false }));
		} else if (first) this.#frameWorld();
	}

	remove(): void {
		this.#resized.disconnect();
		this.#map.remove();
	}

	#frameWorld() {
		this.#follow(() => this.#map.fitBounds(INHABITED_WORLD, { animate: false }));
	}

	#follow(move: () => void) {
		this.#following = true;
		move();
		this.#following = false;
	}
}
