import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { arcPoints, countryAnchor } from './anchors';
import { countryFeatures } from './countries';

const anchors = new Map(countryFeatures(world as unknown as Topology).features.map((f) => [f.properties.iso, countryAnchor(f.geometry)]));

describe('country anchors', () => {
	it('marks small countries for a dot and leaves large ones as shapes', () => {
		for (const iso of ['SG', 'BH', 'MT', 'LU', 'AD']) expect(anchors.get(iso)?.small, iso).toBe(true);
		for (const iso of ['RU', 'CN', 'US', 'UA', 'FR', 'JP']) expect(anchors.get(iso)?.small, iso).toBe(false);
	});
	it('puts anchors on the country’s main land', () => {
		const us = anchors.get('US')!;
		expect(us.lng).toBeGreaterThan(-125);
		expect(us.lng).toBeLessThan(-65);
		const fr = anchors.get('FR')!;
		expect(fr.lng).toBeGreaterThan(-5);
		expect(fr.lat).toBeGreaterThan(41);
	});
	it('draws arcs that end at both countries and never jump across the map', () => {
		const [start, control, end] = arcPoints(anchors.get('US')!, anchors.get('RU')!);
		expect(start).toEqual([anchors.get('US')!.lat, anchors.get('US')!.lng]);
		expect(end).toEqual([anchors.get('RU')!.lat, anchors.get('RU')!.lng]);
		// The curve keeps within its three points: a control point on the map keeps it on the map.
		expect(Math.abs(control[0]) <= 85 && Math.abs(control[1]) <= 180).toBe(true);
		// Bowed to one side: the way back is another arc.
		expect(arcPoints(anchors.get('RU')!, anchors.get('US')!)[1]).not.toEqual(control);
	});
});
