import { json } from '@sveltejs/kit';
import { database } from '$lib/server/connection';
import { problem } from '$lib/server/http';
import { deleteArticle } from '$lib/server/write';
import { articleById } from '$lib/server/queries';
import type { RequestHandler } from './$types';

const unknown = (id: string) => problem(404, `no article with id ${JSON.stringify(id.slice(0, 100))}`);

/** An article with its text, date and place mentions (for highlighting) and events. */
export const GET: RequestHandler = async ({ params }) => {
	const article = await articleById(await database(), params.id);
	return article ? json(article) : unknown(params.id);
};

/** Deletes an article and its events. */
export const DELETE: RequestHandler = async ({ params }) => {
	return (await deleteArticle(await database(), params.id)) ? new Response(null, { status: 204 }) : unknown(params.id);
};
