import { describe, expect, it } from 'vitest';
import { packLanes } from './lanes';

describe('packLanes', () => {
	it('puts marks that do not overlap in one lane', () => {
		expect(packLanes([[0, 10], [20, 30], [40, 50]])).toEqual([0, 0, 0]);
	});
	it('stacks overlapping marks', () => {
		expect(packLanes([[0, 100], [10, 20], [30, 40], [50, 150]])).toEqual([0, 1, 1, 1]);
	});
	it('keeps a gap between neighbours', () => {
		expect(packLanes([[0, 10], [11, 20]], 2)).toEqual([0, 1]);
	});
	it('shares the last lane beyond the limit', () => {
		expect(packLanes([[0, 10], [0, 10], [0, 10], [0, 10]], 2, 2)).toEqual([0, 1, 1, 1]);
	});
	it('handles no marks', () => {
		expect(packLanes([])).toEqual([]);
	});
});
