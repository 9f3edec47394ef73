import { binaryIndex } from '$lib/server/binary-index';
import { database } from '$lib/server/connection';
import { eventIndex } from '$lib/server/queries';
import { datasetVersion } from '$lib/server/version';
import type { RequestHandler } from './$types';

const answer = binaryIndex();

/** The compact event index (see `domain/event-index.ts`), cached by the dataset version as its ETag. */
export const GET: RequestHandler = async ({ request }) => {
	const db = await database();
	return answer(request, await datasetVersion(db), '', () => eventIndex(db));
};
