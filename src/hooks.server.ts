import type { ServerInit } from '@sveltejs/kit';
import { loadWorldGazetteer } from '$lib/extract/world-gazetteer.server';
import { database } from '$lib/server/connection';
import { dbPath } from '$lib/server/open-database';
import { articleCount } from '$lib/server/queries';

// Open (and migrate) the database before the first request, and say what it holds.
// The world gazetteer is read now too (about a second), so that the first article saved does not wait for it.
export const init: ServerInit = () => {
	const articles = articleCount(database());
	loadWorldGazetteer();
	console.log(`Dateline: ${articles} articles in ${dbPath()}`);
};
