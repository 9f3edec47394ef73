import { json } from '@sveltejs/kit';
import { database } from '$lib/server/connection';
import { parseQuery } from '$lib/server/http';
import { searchQuery } from '$lib/server/schemas';
import { storySeqsMatching } from '$lib/server/stories/queries';
import type { RequestHandler } from './$types';

/** Numbers (in the story index) of the stories with a mention whose summary or article title holds every word of `q`. */
export const GET: RequestHandler = async ({ url }) => {
	const query = parseQuery(searchQuery, url);
	return query instanceof Response ? query : json({ seqs: await storySeqsMatching(await database(), query.q) });
};
