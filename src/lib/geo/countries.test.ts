import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { countryName, isCountryCode } from './codes';
import { countryFeatures } from './countries';

const features = countryFeatures(world as unknown as Topology).features;
const byIso = new Map(features.map((f) => [f.properties.iso, f]));

describe('countryFeatures', () => {
	it('keys every country by its ISO alpha-2 code', () => {
		for (const iso of ['RU', 'CN', 'US', 'UA', 'FJ', 'SG', 'BH', 'MT', 'XK']) expect(byIso.has(iso), iso).toBe(true);
		for (const f of features) expect(f.properties.iso).toMatch(/^[A-Z]{2}$/);
		expect(features.length).toBeGreaterThan(200);
	});

	// An edge may run the map's full width only along a pole (Antarctica is closed through the South Pole).
	it('leaves no edge that jumps across the antimeridian (no stray lines in a planar map)', () => {
		const strays: string[] = [];
		for (const f of features)
			for (const polygon of f.geometry.coordinates)
				for (const ring of polygon)
					for (let i = 1; i < ring.length; i++) {
						const [[x0, y0], [x1, y1]] = [ring[i - 1], ring[i]];
						const alongPole = Math.abs(y0) === 90 && y0 === y1;
						if (Math.abs(x1) > 180 || (!alongPole && Math.abs(x1 - x0) >= 180)) strays.push(`${f.properties.iso} ${x0}→${x1}`);
					}
		expect(strays).toEqual([]);
	});

	it('keeps the land on both sides of the antimeridian', () => {
		const lons = (iso: string) => byIso.get(iso)!.geometry.coordinates.flat(2).map(([x]) => x);
		for (const iso of ['RU', 'FJ', 'US']) {
			expect(Math.min(...lons(iso)), iso).toBeLessThan(-170);
			expect(Math.max(...lons(iso)), iso).toBeGreaterThan(170);
		}
	});
});

describe('country names and codes', () => {
	it('uses the names readers know', () => {
		expect(countryName('RU')).toBe('Russia');
		expect(countryName('US')).toBe('United States');
		expect(countryName('CN')).toBe('China');
	});
	it('accepts only real alpha-2 codes', () => {
		expect(isCountryCode('RU')).toBe(true);
		expect(isCountryCode('XK')).toBe(true);
		expect(isCountryCode('ZZ')).toBe(false);
		expect(isCountryCode('ru')).toBe(false);
		expect(isCountryCode('<script>')).toBe(false);
	});
});
