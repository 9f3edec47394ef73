import { z } from 'zod';
import { indexResponse } from '$lib/server/binary-index';
import { database } from '$lib/server/connection';
import { parseQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

const unitQuery = z.object({ count: z.enum(['stories', 'articles']).default('stories') });

/**
 * The compact story index (`domain/event-index.ts`, 'DLX3'): one row per story weighed by its
 * outlets, or with `?count=articles` one per story and article telling it. ETag: version and unit.
 */
export const GET: RequestHandler = async ({ request, url }) => {
	const query = parseQuery(unitQuery, url);
	if (query instanceof Response) return query;
	return indexResponse(request, await database(), query.count);
};
