import { json } from '@sveltejs/kit';
import type { EventFilter } from '../domain/filter';
import { parseQuery } from './http';
import { filterQuery, pageQuery, seqQuery } from './schemas';

/**
 * The answer of a list endpoint (`/api/events`, `/api/stories`): with `?seq=1,2,3`, rows by their
 * numbers in the compact index; otherwise one page of those a filter selects
 * (`?from=&to=&c=&mode=&q=&offset=&limit=`), with its offset and limit.
 */
export async function listAnswer(
	url: URL,
	bySeq: (seqs: number[]) => Promise<object>,
	page: (filter: EventFilter, offset: number, limit: number) => Promise<object>
): Promise<Response> {
	if (url.searchParams.has('seq')) {
		const query = parseQuery(seqQuery, url);
		return query instanceof Response ? query : json(await bySeq(query.seq));
	}
	const filter = parseQuery(filterQuery, url);
	if (filter instanceof Response) return filter;
	const paging = parseQuery(pageQuery, url);
	if (paging instanceof Response) return paging;
	return json({ ...(await page(filter, paging.offset, paging.limit)), offset: paging.offset, limit: paging.limit });
}
