import { z } from 'zod';
import { binaryIndex } from '$lib/server/binary-index';
import { database } from '$lib/server/connection';
import { parseQuery } from '$lib/server/http';
import { storyIndex } from '$lib/server/stories/queries';
import { datasetVersion } from '$lib/server/version';
import type { RequestHandler } from './$types';

const unitQuery = z.object({ count: z.enum(['stories', 'articles']).default('stories') });

const answer = binaryIndex();

/**
 * The compact story index (`domain/event-index.ts`, 'DLX3'): one row per story weighed by its
 * outlets, or with `?count=articles` one per story and article telling it. ETag: version and unit.
 */
export const GET: RequestHandler = async ({ request, url }) => {
	const query = parseQuery(unitQuery, url);
	if (query instanceof Response) return query;
	const db = await database();
	return answer(request, await datasetVersion(db), query.count, () => storyIndex(db, query.count));
};
