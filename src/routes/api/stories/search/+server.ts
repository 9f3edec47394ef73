import { json } from '@sveltejs/kit';
import { database } from '$lib/server/connection';
import { parseQuery } from '$lib/server/http';
import { searchQuery } from '$lib/server/schemas';
import { storySeqsMatching } from '$lib/server/stories/queries';
import type { RequestHandler } from './$types';

/** Numbers (in the story index) of the stories with a mention whose summary or article title holds every word of `q`. */
export const GET: RequestHandler = ({ url }) => {
	const query = parseQuery(searchQuery, url);
	return query instanceof Response ? query : json({ seqs: storySeqsMatching(database(), query.q) });
};
