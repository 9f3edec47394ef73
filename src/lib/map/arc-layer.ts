import { max } from 'd3-array';
import L from 'leaflet';
import type { CountUnit } from '$lib/domain/stories';
import { type Anchor, arcPoints } from '$lib/geo/anchors';
import { arcLabel, arcWidth, type Pair, pairKey } from './pair';

/** The pane of the arcs: above the countries (the overlay pane, 400), below the tooltips (650). */
const PANE = 'arcs';
const PANE_Z = '450';

interface Arc {
	pair: Pair;
	path: SVGPathElement;
	width: number;
}

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The arcs between the selected countries and their partners, weighted by shared stories, as a
 * layer that owns its own SVG in a pane of its own. Each arc is one quadratic curve (`M a Q c b`)
 * through the control point of `arcPoints`: bent by the browser, it needs no points of its own.
 * Drawn as Leaflet polylines of 25 points, each click's thirty arcs took milliseconds to project,
 * clip, simplify and parse (c892297). Points on the map's layer are fixed while it pans, so the
 * curves are projected again only when the zoom changes, and hidden while a zoom animates.
 */
export class ArcLayer extends L.Layer {
	readonly #anchors: ReadonlyMap<string, Anchor>;
	readonly #svg = L.SVG.create('svg');
	readonly #arcs = new Map<string, Arc>();
	readonly #tooltip = L.tooltip({ direction: 'top' });
	/** What the arcs' weights count (see `arcLabel`). */
	#unit: CountUnit = 'stories';
	#map: L.Map | null = null;

	constructor(anchors: ReadonlyMap<string, Anchor>) {
		super();
		this.#anchors = anchors;
		this.#svg.setAttribute('class', 'leaflet-zoom-hide');
		// Only the arcs take the pointer, not the box around them: the countries lie beneath.
		// It draws what reaches past its box too, as the map pans before `moveend` moves it.
		this.#svg.setAttribute('style', 'pointer-events: none; overflow: visible');
		this.#svg.addEventListener('mousemove', this.#point);
		this.#svg.addEventListener('mouseout', this.#leave);
	}

	onAdd(map: L.Map): this {
		const pane = map.getPane(PANE) ?? map.createPane(PANE);
		pane.style.zIndex = PANE_Z;
		pane.appendChild(this.#svg);
		this.#map = map;
		this.#project();
		return this;
	}

	onRemove(map: L.Map): this {
		map.closeTooltip(this.#tooltip);
		this.#svg.remove();
		this.#map = null;
		return this;
	}

	getEvents() {
		return { zoomend: this.#project, viewreset: this.#project, moveend: this.#place, resize: this.#place };
	}

	/**
	 * Shows these pairs' arcs. An arc already showing a pair still wanted keeps its path
	 * (countries chosen one after the other share many partners), and with a selection every
	 * frame of a brush reweighs them: only a width that changed is written.
	 */
	setPairs(pairs: Pair[], unit: CountUnit = 'stories'): this {
		this.#unit = unit;
		const heaviest = max(pairs, (p) => p.weight) ?? 0;
		const wanted = new Map(pairs.filter((p) => this.#anchors.has(p.a) && this.#anchors.has(p.b)).map((p) => [pairKey(p), p]));
		for (const [key, arc] of this.#arcs) {
			if (wanted.has(key)) continue;
			arc.path.remove();
			this.#arcs.delete(key);
		}
		for (const [key, pair] of wanted) {
			let arc = this.#arcs.get(key);
			if (!arc) {
				const path = L.SVG.create('path');
				path.setAttribute('class', 'arc leaflet-interactive');
				arc = { pair, path, width: 0 };
				this.#arcs.set(key, arc);
				this.#svg.appendChild(path);
				if (this.#map) this.#draw(arc, this.#map);
			}
			arc.pair = pair;
			const width = arcWidth(pair.weight, heaviest);
			if (width !== arc.width) arc.path.setAttribute('stroke-width', String((arc.width = width)));
		}
		return this;
	}

	/** The curve of an arc in the map's layer points, which stay put while the map pans. */
	#draw({ pair, path }: Arc, map: L.Map) {
		const [a, c, b] = arcPoints(this.#anchors.get(pair.a)!, this.#anchors.get(pair.b)!).map((p) => map.latLngToLayerPoint(p));
		path.setAttribute('d', `M${round(a.x)} ${round(a.y)}Q${round(c.x)} ${round(c.y)} ${round(b.x)} ${round(b.y)}`);
	}

	#project = () => {
		const map = this.#map;
		if (!map) return;
		this.#place();
		for (const arc of this.#arcs.values()) this.#draw(arc, map);
	};

	/** Lays the SVG's box over the map's view, in layer points, as Leaflet's own renderer does. */
	#place = () => {
		const map = this.#map;
		if (!map) return;
		const topLeft = map.containerPointToLayerPoint([0, 0]);
		const size = map.getSize();
		L.DomUtil.setPosition(this.#svg as unknown as HTMLElement, topLeft);
		this.#svg.setAttribute('width', String(size.x));
		this.#svg.setAttribute('height', String(size.y));
		this.#svg.setAttribute('viewBox', `${topLeft.x} ${topLeft.y} ${size.x} ${size.y}`);
	};

	/** The pointed arc's countries and shared stories, following the pointer as the countries' own tooltips do. */
	#point = (event: MouseEvent) => {
		const arc = [...this.#arcs.values()].find((a) => a.path === event.target);
		const map = this.#map;
		if (!arc || !map) return;
		this.#tooltip.setContent(arcLabel(arc.pair, this.#unit)).setLatLng(map.mouseEventToLatLng(event));
		if (!map.hasLayer(this.#tooltip)) map.openTooltip(this.#tooltip);
	};

	#leave = () => this.#map?.closeTooltip(this.#tooltip);
}
