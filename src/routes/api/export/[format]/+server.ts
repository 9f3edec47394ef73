import { database } from '$lib/server/connection';
import { EXPORT_FORMATS, type ExportFormat, toCsv, toGeoJson } from '$lib/server/exports';
import { parseQuery, problem } from '$lib/server/http';
import { allEvents } from '$lib/server/queries';
import { filterQuery } from '$lib/server/schemas';
import { storiesOfEvents } from '$lib/server/stories/queries';
import type { RequestHandler } from './$types';

/**
 * The events a filter selects, as `csv` (a `story` column: each event's story id), `json` (each event's
 * `story`, and `stories`: those stories' faces with the ids of all their events) or `geojson` (countries
 * with counts and their events).
 */
export const GET: RequestHandler = async ({ params, url }) => {
	// Own keys only: `in` would find `constructor`, `toString` and `__proto__` on the object's prototype.
	if (!Object.hasOwn(EXPORT_FORMATS, params.format)) return problem(404, `unknown export format; use ${Object.keys(EXPORT_FORMATS).join(', ')}`);
	const format = params.format as ExportFormat;
	const filter = parseQuery(filterQuery, url);
	if (filter instanceof Response) return filter;
	const db = await database();
	const events = await allEvents(db, filter);
	const told = format === 'geojson' ? undefined : await storiesOfEvents(db, events.map((e) => e.seq));
	const body =
		format === 'csv'
			? toCsv(events, told!.storyOf)
			: JSON.stringify(
					format === 'json'
						? { count: events.length, events: events.map((e) => ({ ...e, story: told!.storyOf.get(e.id) ?? null })), stories: told!.stories }
						: toGeoJson(events)
				);
	return new Response(body, {
		headers: {
			'content-type': EXPORT_FORMATS[format],
			'content-disposition': `attachment; filename="dateline-events.${format}"`
		}
	});
};
