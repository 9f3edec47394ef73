import { json } from '@sveltejs/kit';
import { corrections, describeIssues } from '$lib/articles/draft';
import { database } from '$lib/server/connection';
import { problem, readJson } from '$lib/server/http';
import { correctArticle } from '$lib/server/write';
import { articleById } from '$lib/server/queries';
import type { RequestHandler } from './$types';

/**
 * Replaces the reader's corrections to an article's events (`[{kind: 'edit'|'drop'|'add', …}]`)
 * and returns the article's events with them applied.
 */
export const PUT: RequestHandler = async ({ params, request }) => {
	const body = await readJson(request);
	if (body instanceof Response) return body;
	const list = corrections.safeParse(body);
	if (!list.success) return problem(400, describeIssues(list.error));
	const db = await database();
	if (!(await correctArticle(db, params.id, list.data))) return problem(404, `no article with id ${JSON.stringify(params.id.slice(0, 100))}`);
	return json({ events: (await articleById(db, params.id))!.events });
};
