import { json } from '@sveltejs/kit';
import { database } from '$lib/server/connection';
import { problem } from '$lib/server/http';
import { eventById } from '$lib/server/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const event = await eventById(await database(), params.id);
	return event ? json(event) : problem(404, `no event with id ${JSON.stringify(params.id.slice(0, 100))}`);
};
