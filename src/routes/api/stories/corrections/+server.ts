import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { describeIssues } from '$lib/articles/draft';
import { database } from '$lib/server/connection';
import { problem, readJson } from '$lib/server/http';
import { CorrectionError, correctStories } from '$lib/server/stories/corrections';
import type { RequestHandler } from './$types';

const id = z.string().min(1).max(200);

/** A reader's correction of the merging (domain/stories.ts StoryCorrection). */
const storyCorrection = z.discriminatedUnion('op', [
	z.object({ op: z.literal('split'), event: id }),
	z.object({ op: z.literal('move'), event: id, to: id }),
	z.object({ op: z.literal('merge'), story: id, into: id })
]);

/**
 * Splits an event's mention out of its story, moves it to another, or merges two
 * stories: `{op: 'split', event}`, `{op: 'move', event, to}`, `{op: 'merge', story, into}`.
 * Answers `{story}`, the story to show afterwards; 400 for unknown ids.
 */
export const POST: RequestHandler = async ({ request }) => {
	const body = await readJson(request);
	if (body instanceof Response) return body;
	const correction = storyCorrection.safeParse(body);
	if (!correction.success) return problem(400, describeIssues(correction.error));
	try {
		return json({ story: await correctStories(await database(), correction.data) });
	} catch (error) {
		if (error instanceof CorrectionError) return problem(400, error.message);
		throw error;
	}
};
