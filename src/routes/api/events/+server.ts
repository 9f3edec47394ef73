import { database } from '$lib/server/connection';
import { listAnswer } from '$lib/server/list-query';
import { eventPage, eventsBySeq } from '$lib/server/queries';
import type { RequestHandler } from './$types';

/**
 * `?seq=1,2,3`: details of events by their numbers in the index.
 * Otherwise one page of the events a filter selects: `?from=&to=&c=&mode=&q=&offset=&limit=`.
 */
export const GET: RequestHandler = async ({ url }) => {
	const db = await database();
	return listAnswer(
		url,
		async (seqs) => ({ events: await eventsBySeq(db, seqs) }),
		(filter, offset, limit) => eventPage(db, filter, offset, limit)
	);
};
