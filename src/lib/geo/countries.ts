import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { splitAtAntimeridian } from './antimeridian';
import { alpha2FromNumeric } from './codes';

export interface CountryProperties {
	/** ISO 3166-1 alpha-2. */
	iso: string;
	name: string;
}

export type CountryFeature = Feature<MultiPolygon, CountryProperties>;

/** Natural Earth units with no ISO numeric code in world-atlas, by their name there. */
const UNCODED: Record<string, string | undefined> = {
	Kosovo: 'XK',
	Somaliland: 'SO',
	'N. Cyprus': 'CY',
	'Siachen Glacier': 'IN',
	'Indian Ocean Ter.': 'AU'
};

/**
 * Country shapes from a world-atlas topology, one feature per ISO alpha-2 code
 * (units that share a code are merged), with no ring crossing the antimeridian.
 */
export function countryFeatures(topology: Topology): FeatureCollection<MultiPolygon, CountryProperties> {
	const object = topology.objects.countries as GeometryCollection<{ name: string }>;
	const units = feature(topology, object).features;
	const byIso = new Map<string, CountryFeature>();
	for (const unit of units) {
		const name = unit.properties?.name ?? '';
		const iso = (unit.id !== undefined ? alpha2FromNumeric(String(unit.id)) : undefined) ?? UNCODED[name];
		if (!iso || !unit.geometry) continue;
		const polygons = polygonsOf(unit.geometry as Polygon | MultiPolygon).flatMap(splitAtAntimeridian);
		const existing = byIso.get(iso);
		if (existing) existing.geometry.coordinates.push(...polygons);
		else
			byIso.set(iso, {
				type: 'Feature',
				id: iso,
				properties: { iso, name },
				geometry: { type: 'MultiPolygon', coordinates: polygons }
			});
	}
	return { type: 'FeatureCollection', features: [...byIso.values()] };
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
