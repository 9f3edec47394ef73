import { json } from '@sveltejs/kit';
import { articleDraft, describeIssues } from '$lib/articles/draft';
import { database } from '$lib/server/connection';
import { problem, readJson } from '$lib/server/http';
import { previewStories } from '$lib/server/stories/preview';
import type { RequestHandler } from './$types';

/** A draft as /add holds it before saving: the title may still be missing (then its first line stands in). */
const previewDraft = articleDraft.extend({ title: articleDraft.shape.title.optional() });

/**
 * Where each event of a draft article would go, without storing anything:
 * `{title?, text, published, source?, url?}` (as POST /api/articles, and as
 * limited) → `{events: [{joins: StorySummary | null}]}` in the extraction's event order.
 */
export const POST: RequestHandler = async ({ request }) => {
	if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) return problem(415, 'send application/json');
	const candidate = await readJson(request);
	if (candidate instanceof Response) return candidate;
	const draft = previewDraft.safeParse(candidate);
	if (!draft.success) return problem(400, describeIssues(draft.error));
	const title = draft.data.title || draft.data.text.trim().split('\n')[0].slice(0, 200);
	return json(await previewStories(await database(), { ...draft.data, title }));
};
