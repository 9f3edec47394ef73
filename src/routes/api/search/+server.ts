import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { database } from '$lib/server/connection';
import { parseQuery } from '$lib/server/http';
import { seqsMatching } from '$lib/server/queries';
import type { RequestHandler } from './$types';

const searchQuery = z.object({ q: z.string().trim().min(1, 'is empty').max(200) });

/** Numbers (in the event index) of the events whose summary or article title holds every word of `q`. */
export const GET: RequestHandler = ({ url }) => {
	const query = parseQuery(searchQuery, url);
	return query instanceof Response ? query : json({ seqs: seqsMatching(database(), query.q) });
};
