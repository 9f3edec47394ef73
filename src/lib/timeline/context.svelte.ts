import { getContext, setContext } from 'svelte';
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import type { DayWindow } from './brush';
import { dayScale, densityBins, densityScale } from './scales';

/** What a chart of the timeline is drawn from: what changes as functions, each followed on its own. */
export interface ChartProps {
	/** The days from the left edge to the right edge. */
	days: () => DayWindow;
	/** The chart's width; its height is fixed. */
	width: () => number;
	height: number;
	/** Space left and right of the days, and the band the marks are drawn in. */
	left: number;
	right: number;
	top: number;
	bottom: number;
	/** The cumulative event mass (see `query/event-table.ts`) whose density fits the vertical scale, and its first day. */
	scaleTo: () => Float64Array;
	minDay: () => number;
}

/**
 * A chart's coordinate system, as LayerCake gives one to its layers: its size, its scales, its
 * band. The layers read it from the context (`chartContext`) instead of each being handed the
 * same props; the vertical scale is fitted here, once, for every density drawn over it.
 */
export class Chart {
	readonly #props: ChartProps;

	constructor(props: ChartProps) {
		this.#props = props;
	}

	get width() {
		return this.#props.width();
	}
	get height() {
		return this.#props.height;
	}
	get top() {
		return this.#props.top;
	}
	get bottom() {
		return this.#props.bottom;
	}
	get minDay() {
		return this.#props.minDay();
	}

	/** Days to pixels: day `days.from` starts at the left edge, `days.to` ends at the right. */
	readonly x: ScaleTime<number, number> = $derived.by(() => {
		const { from, to } = this.#props.days();
		return dayScale(from, to, this.#props.left, this.width - this.#props.right);
	});

	/** The bins of `scaleTo` over `x`: what the vertical scale is fitted to. */
	readonly #scaleBins: Float64Array = $derived.by(() => densityBins(this.x, this.#props.scaleTo(), this.minDay));

	/** Event mass to pixels, shared by the densities: the highest bin of `scaleTo` reaches the top. */
	readonly y: ScaleLinear<number, number> = $derived.by(() => densityScale(this.#scaleBins, this.top, this.bottom));

	/**
	 * A density's bins over `x`. The density the scale is fitted to (`scaleTo`) is usually one
	 * drawn too: its bins are the scale's, not binned again on every brush frame.
	 */
	bins(cumulative: Float64Array): Float64Array {
		return cumulative === this.#props.scaleTo() ? this.#scaleBins : densityBins(this.x, cumulative, this.minDay);
	}
}

const key = Symbol('timeline chart');

/** Gives the layers below a chart's coordinate system. */
export const setChartContext = (chart: Chart) => setContext(key, chart);

/** The coordinate system of the chart a layer is drawn in. */
export function chartContext(): Chart {
	const chart = getContext<Chart | undefined>(key);
	if (!chart) throw new Error('A timeline layer is drawn inside a <ChartLayers>');
	return chart;
}
