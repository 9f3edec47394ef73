import { describe, expect, it } from 'vitest';
import { classFloors, shade } from './shading';

describe('shade', () => {
	it('leaves countries without events unfilled and darkens with the count', () => {
		const fill = shade(1000);
		expect(fill(0)).toBe('transparent');
		const lightness = (c: string) => c.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0);
		expect(lightness(fill(1))).toBeGreaterThan(lightness(fill(30)));
		expect(lightness(fill(30))).toBeGreaterThan(lightness(fill(1000)));
	});
	it('gives every count in a class the same colour, so small changes repaint nothing', () => {
		const fill = shade(1000);
		expect(fill(500)).toBe(fill(600));
	});
	it('labels each class by its smallest count', () => {
		const fill = shade(1000);
		const floors = classFloors(1000);
		expect(floors[0]).toBe(1);
		for (let i = 1; i < floors.length; i++) expect(fill(floors[i])).not.toBe(fill(floors[i] - 1));
		expect(classFloors(1)).toEqual([1]);
	});
});
