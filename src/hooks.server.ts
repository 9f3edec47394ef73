import type { ServerInit } from '@sveltejs/kit';
import { database } from '$lib/server/database';
import { dbPath } from '$lib/server/db';
import { articleCount } from '$lib/server/queries';

// Open (and migrate) the database before the first request, and say what it holds.
export const init: ServerInit = () => {
	const articles = articleCount(database());
	console.log(`Dateline: ${articles} articles in ${dbPath()}`);
};
