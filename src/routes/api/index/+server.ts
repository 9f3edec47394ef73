import { indexResponse } from '$lib/server/binary-index';
import { database } from '$lib/server/connection';
import type { RequestHandler } from './$types';

/** The compact event index (see `domain/event-index.ts`), cached by the dataset version as its ETag. */
export const GET: RequestHandler = async ({ request }) => indexResponse(request, await database(), 'events');
