import { json } from '@sveltejs/kit';
import { database } from '$lib/server/connection';
import { parseQuery } from '$lib/server/http';
import { filterQuery, pageQuery, seqQuery } from '$lib/server/schemas';
import { storiesBySeq, storyPage } from '$lib/server/stories/queries';
import type { RequestHandler } from './$types';

/**
 * `?seq=1,2,3`: stories by their numbers in the story index.
 * Otherwise one page of the stories a filter selects: `?from=&to=&c=&mode=&q=&offset=&limit=`,
 * those precise to the window first, then those far coarser than it.
 */
export const GET: RequestHandler = ({ url }) => {
	const db = database();
	if (url.searchParams.has('seq')) {
		const query = parseQuery(seqQuery, url);
		return query instanceof Response ? query : json({ stories: storiesBySeq(db, query.seq) });
	}
	const filter = parseQuery(filterQuery, url);
	if (filter instanceof Response) return filter;
	const page = parseQuery(pageQuery, url);
	if (page instanceof Response) return page;
	return json({ ...storyPage(db, filter, page.offset, page.limit), offset: page.offset, limit: page.limit });
};
