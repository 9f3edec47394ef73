import { describe, expect, it } from 'vitest';
import { classFloors, scaleTop, shade, shadeRules, SHADES } from './shading';

describe('shade', () => {
	it('leaves countries without events unshaded and darkens with the count', () => {
		const fill = shade(1000);
		expect(fill(0)).toBe(-1);
		const lightness = (count: number) => SHADES[fill(count)].match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0);
		expect(lightness(1)).toBeGreaterThan(lightness(30));
		expect(lightness(30)).toBeGreaterThan(lightness(1000));
	});
	it('gives every count in a class the same colour, so small changes repaint nothing', () => {
		const fill = shade(1000);
		expect(fill(500)).toBe(fill(600));
	});
	it('holds its classes still while the largest count moves within a step', () => {
		expect(scaleTop(1200)).toBe(2000);
		expect(scaleTop(2000)).toBe(2000);
		expect(scaleTop(7)).toBe(10);
		const [a, b] = [shade(1200), shade(1900)];
		for (const count of [1, 3, 10, 42, 150, 999, 1900]) expect(a(count)).toBe(b(count));
		expect(classFloors(1200)).toEqual(classFloors(1900));
	});
	it('labels each class by its smallest count, a round number', () => {
		const fill = shade(1000);
		const floors = classFloors(1000);
		expect(floors[0]).toBe(1);
		expect(floors.length).toBe(7);
		for (const floor of floors) expect(floor / 10 ** Math.floor(Math.log10(floor)) % 1).toBe(0);
		for (let i = 1; i < floors.length; i++) expect(fill(floors[i])).not.toBe(fill(floors[i] - 1));
		expect(classFloors(1)).toEqual([1]);
		expect(classFloors(3)).toEqual([1, 2, 3]);
	});
});

describe('shadeRules', () => {
	it('gives every colour class its rule, from the same table', () => {
		const rules = shadeRules('.map').split('\n');
		expect(rules).toHaveLength(SHADES.length);
		expect(rules[2]).toBe(`.map .shade-2 { fill: ${SHADES[2]}; }`);
		expect(rules.at(-1)).toContain(SHADES.at(-1));
	});
});
