import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { describeIssues } from '../articles/draft';

/** A JSON error response: `{ "error": message }` with a 4xx status. */
export function problem(status: number, message: string): Response {
	return json({ error: message }, { status });
}

/** Parses a URL's query with a schema; a Response says what was wrong. */
export function parseQuery<T extends z.ZodType>(schema: T, url: URL): z.infer<T> | Response {
	const result = schema.safeParse(Object.fromEntries(url.searchParams));
	return result.success ? result.data : problem(400, describeIssues(result.error));
}
