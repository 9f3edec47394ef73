import { json } from '@sveltejs/kit';
import { database } from '$lib/server/connection';
import { problem } from '$lib/server/http';
import { eventById } from '$lib/server/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const event = eventById(database(), params.id);
	return event ? json(event) : problem(404, `no event with id ${JSON.stringify(params.id.slice(0, 100))}`);
};
