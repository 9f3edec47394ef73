import { json } from '@sveltejs/kit';
import { database } from '$lib/server/connection';
import { problem } from '$lib/server/http';
import { storyDetail } from '$lib/server/stories/queries';
import type { RequestHandler } from './$types';

/** A story with every mention: by its id, an alias, `st-` + the id of one of its events, or an event's id. */
export const GET: RequestHandler = async ({ params }) => {
	const story = await storyDetail(await database(), params.id);
	return story ? json(story) : problem(404, `no story with id ${JSON.stringify(params.id.slice(0, 100))}`);
};
