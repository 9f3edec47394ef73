import { json } from '@sveltejs/kit';
import { database } from '$lib/server/connection';
import { parseQuery } from '$lib/server/http';
import { eventPage, eventsBySeq } from '$lib/server/queries';
import { filterQuery, pageQuery, seqQuery } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/**
 * `?seq=1,2,3`: details of events by their numbers in the index.
 * Otherwise one page of the events a filter selects: `?from=&to=&c=&mode=&q=&offset=&limit=`.
 */
export const GET: RequestHandler = ({ url }) => {
	const db = database();
	if (url.searchParams.has('seq')) {
		const query = parseQuery(seqQuery, url);
		return query instanceof Response ? query : json({ events: eventsBySeq(db, query.seq) });
	}
	const filter = parseQuery(filterQuery, url);
	if (filter instanceof Response) return filter;
	const page = parseQuery(pageQuery, url);
	if (page instanceof Response) return page;
	return json({ ...eventPage(db, filter, page.offset, page.limit), offset: page.offset, limit: page.limit });
};
