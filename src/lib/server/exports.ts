import { stringify } from 'csv-stringify/sync';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { countryName } from '../geo/codes';
import { countryFeatures } from '../geo/countries';
import type { EventDetail } from '../domain/types';

export const EXPORT_FORMATS = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json',
	geojson: 'application/geo+json'
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * One row per event, with the id of the story it is a mention of (`story`, last, empty for none: a story's
 * face is in the JSON export); countries joined by spaces so the file stays one event per line. A cell that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) gets a leading
 * single quote, as OWASP recommends against CSV injection; numbers keep their sign.
 */
export function toCsv(events: EventDetail[], storyOf: ReadonlyMap<string, string> = new Map()): string {
	return stringify(
		events.map((e) => [
			e.id,
			e.date.value,
			e.date.granularity,
			e.first,
			e.last,
			e.countries.join(' '),
			e.summary,
			e.confidence,
			e.article.title,
			e.article.source ?? '',
			e.article.url ?? '',
			e.article.published,
			e.sentence,
			storyOf.get(e.id) ?? ''
		]),
		{
			header: true,
			escape_formulas: true,
			columns: ['id', 'date', 'granularity', 'first_day', 'last_day', 'countries', 'summary', 'confidence', 'article_title', 'source', 'url', 'published', 'sentence', 'story']
		}
	);
}

let shapes: Map<string, Feature<MultiPolygon>> | undefined;

/** Each involved country as a feature with its number of events and their ids and summaries. */
export function toGeoJson(events: EventDetail[]): FeatureCollection<MultiPolygon | null> {
	shapes ??= new Map(countryFeatures(world as unknown as Topology).features.map((f) => [f.properties.iso, f]));
	const byCountry = new Map<string, EventDetail[]>();
	for (const e of events) for (const iso of e.countries) byCountry.set(iso, [...(byCountry.get(iso) ?? []), e]);
	return {
		type: 'FeatureCollection',
		features: [...byCountry].map(([iso, list]) => ({
			type: 'Feature',
			id: iso,
			geometry: shapes!.get(iso)?.geometry ?? null,
			properties: {
				iso,
				name: countryName(iso),
				count: list.length,
				events: list.map((e) => ({ id: e.id, date: e.date.value, summary: e.summary, url: e.article.url ?? null }))
			}
		}))
	};
}
