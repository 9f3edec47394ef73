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

/** Bytes in adapter-node's notation: a number, optionally with K, M or G (powers of 1024), or Infinity. */
export function parseBytes(value: string): number {
	const multiplier = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.slice(-1).toUpperCase()];
	return multiplier ? Number(value.slice(0, -1)) * multiplier : Number(value);
}

/**
 * The largest request body accepted, in bytes: adapter-node's BODY_SIZE_LIMIT (512K unless set), so
 * the adapter and the app refuse the same bodies, and every refusal has the app's `{"error": …}` shape.
 */
export const BODY_LIMIT = bodyLimit(process.env.BODY_SIZE_LIMIT || '512K');

// A limit that is not a number would compare false with every size, and so accept any body: refuse to start, as adapter-node does.
function bodyLimit(value: string): number {
	const bytes = parseBytes(value);
	if (Number.isNaN(bytes)) throw new Error(`BODY_SIZE_LIMIT: ${JSON.stringify(value)} is not a size (e.g. 512K, 1M, Infinity)`);
	return bytes;
}

export const tooLarge = () => problem(413, `the body is larger than ${BODY_LIMIT.toLocaleString('en')} bytes (BODY_SIZE_LIMIT)`);

/**
 * A request's body as text, or a 413 once it passes the limit. Reads the stream itself, so a body
 * sent without a length (chunked) is stopped at the limit too, whatever server runs the app.
 */
export async function readBody(request: Request): Promise<string | Response> {
	if (Number(request.headers.get('content-length') ?? 0) > BODY_LIMIT) return tooLarge();
	if (!request.body) return '';
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = request.body.getReader();
	try {
		for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
			size += chunk.value.byteLength;
			if (size > BODY_LIMIT) {
				await reader.cancel();
				return tooLarge();
			}
			chunks.push(chunk.value);
		}
	} catch (error) {
		// adapter-node's own limit, which fails the stream with a 413.
		if ((error as { status?: number }).status === 413) return tooLarge();
		throw error;
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** A request's body parsed as JSON, or the Response that says why not (413 past the limit, 400 for bad JSON). */
export async function readJson(request: Request): Promise<unknown> {
	const text = await readBody(request);
	if (text instanceof Response) return text;
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		return problem(400, `invalid JSON: ${(error as Error).message}`);
	}
}
