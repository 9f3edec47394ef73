import { database } from '$lib/server/connection';
import { EXPORT_FORMATS, type ExportFormat, toCsv, toGeoJson } from '$lib/server/exports';
import { parseQuery, problem } from '$lib/server/http';
import { allEvents } from '$lib/server/queries';
import { filterQuery } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** The events a filter selects, as `csv`, `json` or `geojson` (countries with counts and their events). */
export const GET: RequestHandler = ({ params, url }) => {
	// Own keys only: `in` would find `constructor`, `toString` and `__proto__` on the object's prototype.
	if (!Object.hasOwn(EXPORT_FORMATS, params.format)) return problem(404, `unknown export format; use ${Object.keys(EXPORT_FORMATS).join(', ')}`);
	const format = params.format as ExportFormat;
	const filter = parseQuery(filterQuery, url);
	if (filter instanceof Response) return filter;
	const events = allEvents(database(), filter);
	const body =
		format === 'csv' ? toCsv(events) : JSON.stringify(format === 'json' ? { count: events.length, events } : toGeoJson(events));
	return new Response(body, {
		headers: {
			'content-type': EXPORT_FORMATS[format],
			'content-disposition': `attachment; filename="dateline-events.${format}"`
		}
	});
};
