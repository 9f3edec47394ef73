import { json } from '@sveltejs/kit';
import { MAX_EVENTS } from '$lib/extract';
import { database } from '$lib/server/connection';
import { problem, readBody } from '$lib/server/http';
import { storeArticle } from '$lib/server/write';
import { articleById } from '$lib/server/queries';
import { articleDraft, corrections, describeIssues } from '$lib/articles/draft';
import type { RequestHandler } from './$types';

/**
 * Stores an article and returns its events. Either JSON
 * `{title, published, url?, source?, text, corrections?}`, or plain text with
 * `?published=YYYY-MM-DD&title=…&url=…&source=…` (the title defaults to the first line).
 */
export const POST: RequestHandler = async ({ request, url }) => {
	const body = await readBody(request);
	if (body instanceof Response) return body;

	let candidate: unknown;
	const type = request.headers.get('content-type') ?? '';
	if (type.startsWith('application/json')) {
		try {
			candidate = JSON.parse(body);
		} catch (error) {
			return problem(400, `invalid JSON: ${(error as Error).message}`);
		}
	} else if (type.startsWith('text/plain')) {
		const q = (key: string) => url.searchParams.get(key) ?? undefined;
		candidate = { title: q('title') ?? body.trim().split('\n')[0]?.slice(0, 200), published: q('published'), url: q('url'), source: q('source'), text: body };
	} else {
		return problem(415, 'send application/json or text/plain');
	}

	const draft = articleDraft.safeParse(candidate);
	if (!draft.success) return problem(400, describeIssues(draft.error));
	const fixes = corrections.safeParse((candidate as { corrections?: unknown }).corrections ?? []);
	if (!fixes.success) return problem(400, `corrections: ${describeIssues(fixes.error)}`);
	const db = await database();
	const { id, outcome, capped } = await storeArticle(db, draft.data, { corrections: fixes.data.length ? fixes.data : undefined });
	// An unchanged article still answers with its stored events.
	const events = (await articleById(db, id))?.events ?? [];
	const limit = capped && { capped, notice: `only the first ${MAX_EVENTS} events of this article were kept` };
	return json({ id, outcome, events, ...limit }, { status: outcome === 'new' ? 201 : 200 });
};
