import { describe, expect, it } from 'vitest';
import { lookClasses, lookOf, Role, roleOfLook, shadeOfLook, UNSTYLED } from './look';
import { SHADES } from './shading';

const roles = Object.values(Role);
const shades = [-1, ...SHADES.keys()];

describe('look', () => {
	it('tells every shade and role apart, and none from a shape not styled yet', () => {
		const looks = shades.flatMap((shade) => roles.map((role) => lookOf(shade, role)));
		expect(new Set(looks).size).toBe(shades.length * roles.length);
		expect(looks).not.toContain(UNSTYLED);
	});
	it('gives back its shade and role', () => {
		for (const shade of shades)
			for (const role of roles) {
				expect(shadeOfLook(lookOf(shade, role))).toBe(shade);
				expect(roleOfLook(lookOf(shade, role))).toBe(role);
			}
	});
	it('names its classes', () => {
		expect(lookClasses('country', lookOf(-1, Role.other))).toBe('country leaflet-interactive');
		expect(lookClasses('country', lookOf(3, Role.selected))).toBe('country leaflet-interactive involved shade-3 selected');
		expect(lookClasses('country-dot', lookOf(0, Role.partner))).toBe('country-dot leaflet-interactive involved shade-0 partner');
	});
});
