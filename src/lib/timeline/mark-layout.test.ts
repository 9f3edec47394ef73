import { describe, expect, it } from 'vitest';
import { parseDay } from '$lib/domain/days';
import { CONTEXT_BAND, markAt, placeContext, placeMarks, weightShare } from './mark-layout';
import type { Mark } from './mark';
import { dayScale, dayX } from './scales';

const day = (iso: string) => parseDay(iso)!;
const mark = (seq: number, first: string, last = first, weight = 8): Mark => ({ seq, first: day(first), last: day(last), weight, label: null });
// 2014 over 365 pixels from x = 10: a pixel a day.
const x = dayScale(day('2014-01-01'), day('2014-12-31'), 10, 375);

describe('placing marks', () => {
	it('draws an event over the days it covers: a month spans its month, a day is still wide enough to point at', () => {
		const [july, day18] = placeMarks([mark(1, '2014-07-01', '2014-07-31'), mark(2, '2014-08-18')], x, 0, 90);
		expect(july.x).toBeCloseTo(dayX(x, day('2014-07-01')));
		expect(july.width).toBeCloseTo(31);
		expect(day18.width).toBe(5);
	});

	it('clips marks to the chart', () => {
		const [decade] = placeMarks([mark(1, '2010-01-01', '2019-12-31')], x, 0, 90);
		expect(decade.x).toBe(10);
		expect(decade.x + decade.width).toBe(375);
	});

	it('draws nothing for marks wholly outside the chart, in lanes or in the context band', () => {
		const marks = [mark(1, '2013-02-03'), mark(2, '2013-06-01', '2013-12-31'), mark(3, '2014-07-17'), mark(4, '2015-01-01', '2015-12-31')];
		expect(placeMarks(marks, x, 0, 90).map((p) => p.mark.seq)).toEqual([3]);
		expect(placeContext(marks, x, 0).map((p) => p.mark.seq)).toEqual([3]);
	});

	it('stacks overlapping events in lanes, none overlapping, within the chart', () => {
		const marks = [mark(1, '2014-03-01', '2014-03-31'), mark(2, '2014-03-10'), mark(3, '2014-03-20'), mark(4, '2014-06-01')];
		const placed = placeMarks(marks, x, 6, 94);
		expect(placed.map((p) => p.y)).toEqual([6, 6 + 14, 6 + 14, 6]);
		for (const p of placed) expect(p.y + p.height).toBeLessThanOrEqual(94);
	});

	it('draws many overlapping events thinner, each in its own lane while one fits', () => {
		const placed = placeMarks(Array.from({ length: 20 }, (_, i) => mark(i, '2014-05-01', '2014-05-31')), x, 6, 94);
		expect(new Set(placed.map((p) => p.y)).size).toBe(20);
		for (const p of placed) expect(p.height).toBeGreaterThanOrEqual(3);
		const lanes = [...new Set(placed.map((p) => p.y))].sort((a, b) => a - b);
		// A pixel apart at least.
		for (let i = 1; i < lanes.length; i++) expect(lanes[i] - lanes[i - 1] - placed[0].height).toBeGreaterThan(0.99);
	});

	it('keeps every mark inside the chart when there are more lanes than room', () => {
		const placed = placeMarks(Array.from({ length: 40 }, (_, i) => mark(i, '2014-05-01', '2014-05-31')), x, 6, 94);
		for (const p of placed) expect(p.y + p.height).toBeLessThanOrEqual(94);
		expect(new Set(placed.map((p) => p.y)).size).toBe(22);
	});
});

describe('weighting marks by their sources', () => {
	it('draws a story told by more outlets taller, up to its lane, each centred in its lane', () => {
		const weights = [1, 2, 4, 8, 30];
		const placed = placeMarks(weights.map((w, i) => mark(i, `2014-0${i + 1}-01`, `2014-0${i + 1}-10`, w)), x, 6, 94);
		const heights = placed.map((p) => p.height);
		expect(heights[0]).toBeLessThan(heights[1]);
		expect(heights[1]).toBeLessThan(heights[2]);
		expect(heights[2]).toBeLessThan(heights[3]);
		// Eight outlets or more fill the lane (14 pixels, 2 between lanes).
		expect(heights[3]).toBe(12);
		expect(heights[4]).toBe(12);
		// One outlet is still plainly visible: 40% of the lane.
		expect(heights[0]).toBeCloseTo(12 * 0.4);
		for (const p of placed) expect(p.y + p.height / 2).toBeCloseTo(6 + 6);
	});

	it('keeps a single source visible when the lanes are thin', () => {
		const placed = placeMarks(Array.from({ length: 40 }, (_, i) => mark(i, '2014-05-01', '2014-05-31', 1)), x, 6, 94);
		for (const p of placed) expect(p.height).toBeGreaterThanOrEqual(2.9);
	});

	it('reads any weight below one as one', () => {
		expect(weightShare(0)).toBe(weightShare(1));
		expect(weightShare(1)).toBeCloseTo(0.4);
	});
});

describe('placing context', () => {
	it('puts every coarse story in one thin band, over its days, whatever their overlap', () => {
		const placed = placeContext([mark(1, '2014-01-01', '2014-12-31'), mark(2, '2013-01-01', '2015-12-31'), mark(3, '2014-07-01', '2014-09-30')], x, 6);
		expect(new Set(placed.map((p) => p.y))).toEqual(new Set([6]));
		for (const p of placed) expect(p.height).toBe(CONTEXT_BAND - 1);
		expect(placed[0].x).toBe(10);
		expect(placed[0].width).toBeCloseTo(365);
		expect(placed[2].x).toBeCloseTo(dayX(x, day('2014-07-01')));
	});
});

describe('the mark under the pointer', () => {
	const placed = placeMarks([mark(1, '2014-07-01', '2014-07-31'), mark(2, '2014-07-10')], x, 0, 90);

	it('is the one whose rectangle holds the point', () => {
		const [july, tenth] = placed;
		expect(markAt(placed, july.x + 1, july.y + 1)?.mark.seq).toBe(1);
		expect(markAt(placed, tenth.x + 2, tenth.y + 2)?.mark.seq).toBe(2);
	});

	it('is none between marks or below them', () => {
		const [july, tenth] = placed;
		expect(markAt(placed, july.x - 3, july.y + 1)).toBeUndefined();
		expect(markAt(placed, july.x + 1, tenth.y + tenth.height + 5)).toBeUndefined();
	});
});
