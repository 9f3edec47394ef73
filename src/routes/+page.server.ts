import { NO_FILTER } from '$lib/domain/filter';
import { database } from '$lib/server/database';
import { articleCount, eventPage } from '$lib/server/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const db = database();
	const { total, events } = eventPage(db, NO_FILTER, 0, 5000);
	return { total, events, articles: articleCount(db) };
};
