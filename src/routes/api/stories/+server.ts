import { database } from '$lib/server/connection';
import { listAnswer } from '$lib/server/list-query';
import { storiesBySeq, storyPage } from '$lib/server/stories/queries';
import type { RequestHandler } from './$types';

/**
 * `?seq=1,2,3`: stories by their numbers in the story index.
 * Otherwise one page of the stories a filter selects: `?from=&to=&c=&mode=&q=&offset=&limit=`,
 * those precise to the window first, then those far coarser than it.
 */
export const GET: RequestHandler = async ({ url }) => {
	const db = await database();
	return listAnswer(
		url,
		async (seqs) => ({ stories: await storiesBySeq(db, seqs) }),
		(filter, offset, limit) => storyPage(db, filter, offset, limit)
	);
};
