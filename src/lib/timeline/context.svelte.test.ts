import { describe, expect, it } from 'vitest';
import { Chart, type ChartProps } from './context.svelte';
import { dayX } from './scales';

/** A chart over days 0..9, 120 pixels wide with 10 on each side, and one event a day. */
function chart() {
	const props = $state({ days: { from: 0, to: 9 }, width: 120, scaleTo: new Float64Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) });
	const chartProps: ChartProps = {
		height: 60,
		left: 10,
		right: 10,
		top: 5,
		bottom: 45,
		days: () => props.days,
		width: () => props.width,
		scaleTo: () => props.scaleTo,
		minDay: () => 0
	};
	return { props, chart: new Chart(chartProps) };
}

describe('Chart', () => {
	it('maps its days onto its width within the margins', () => {
		const { chart: c } = chart();
		expect(c.x.range()).toEqual([10, 110]);
		expect(dayX(c.x, 0)).toBe(10);
		expect(dayX(c.x, 10)).toBe(110);
	});
	it('follows its days and width', () => {
		const { props, chart: c } = chart();
		props.days = { from: 5, to: 9 };
		props.width = 220;
		expect(dayX(c.x, 5)).toBe(10);
		expect(dayX(c.x, 10)).toBe(210);
	});
	it('fits one vertical scale to the density it is told to, for every density drawn over it', () => {
		const { props, chart: c } = chart();
		// One event a day: the highest bin holds the mass of the days under its three pixels.
		const peak = c.y.domain()[1];
		expect(c.y(peak)).toBe(5);
		expect(c.y(0)).toBe(45);
		props.scaleTo = props.scaleTo.map((mass) => mass * 2);
		expect(c.y.domain()[1]).toBeCloseTo(peak * 2);
	});
});

describe('Chart.bins', () => {
	it('gives the density the scale is fitted to the scale’s own bins, and bins any other', () => {
		const { props, chart: c } = chart();
		const own = c.bins(props.scaleTo);
		expect(own.length).toBe(33);
		expect(c.bins(props.scaleTo)).toBe(own);
		const other = c.bins(props.scaleTo.map((mass) => mass * 2));
		expect(other).not.toBe(own);
		expect([...other]).toEqual([...own].map((mass) => mass * 2));
	});
});
