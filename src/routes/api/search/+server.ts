import { json } from '@sveltejs/kit';
import { database } from '$lib/server/connection';
import { parseQuery } from '$lib/server/http';
import { seqsMatching } from '$lib/server/queries';
import { searchQuery } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/** Numbers (in the event index) of the events whose summary or article title holds every word of `q`. */
export const GET: RequestHandler = async ({ url }) => {
	const query = parseQuery(searchQuery, url);
	return query instanceof Response ? query : json({ seqs: await seqsMatching(await database(), query.q) });
};
