import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient } from './client';

/**
 * For unit tests: the app's real API, without a server. A `fetch` that answers each
 * request with the real `+server.ts` handler of its route, on a real SQLite file in a
 * temporary folder (DATELINE_DB, read when the handlers first open the database).
 * Call it before anything opens the database: once per test file (Vitest gives each
 * file its own modules, so its own connection).
 */
export function localApi(): { api: ApiClient; fetch: typeof fetch; dispose: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'dateline-api-'));
	process.env.DATELINE_DB = join(dir, 'test.sqlite');
	const local: typeof fetch = (input, init) => answer(new Request(new URL(String(input), ORIGIN), init));
	return { api: new ApiClient(local), fetch: local, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

const ORIGIN = 'http://localhost';

type Handler = (event: { request: Request; url: URL; params: Record<string, string>; locals: object }) => Response | Promise<Response>;

// Every API route, as SvelteKit finds them: `/src/routes/api/articles/[id]/+server.ts` answers `/api/articles/…`.
const modules = import.meta.glob<Record<string, Handler>>('/src/routes/api/**/+server.ts', { eager: true });
const routes = Object.entries(modules).map(([file, handlers]) => {
	const path = file.replace('/src/routes', '').replace('/+server.ts', '');
	const pattern = new RegExp(`^${path.replace(/\[(\w+)\]/g, '(?<$1>[^/]+)')}$`);
	return { pattern, handlers, dynamic: path.includes('[') };
})
	// As SvelteKit prefers them: `/api/stories/index` answers before `/api/stories/[id]`.
	.sort((a, b) => Number(a.dynamic) - Number(b.dynamic));

async function answer(request: Request): Promise<Response> {
	const url = new URL(request.url);
	for (const { pattern, handlers } of routes) {
		const match = pattern.exec(url.pathname);
		if (!match) continue;
		const handler = handlers[request.method];
		if (!handler) return new Response(null, { status: 405 });
		const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
		// Answered in a later task, as over a network: a request given up meanwhile rejects, as fetch's does.
		await new Promise((resolve) => setImmediate(resolve));
		if (request.signal.aborted) throw new DOMException('This operation was aborted', 'AbortError');
		return handler({ request, url, params, locals: {} });
	}
	return new Response(JSON.stringify({ error: 'Not Found' }), { status: 404 });
}

/** Stores the articles the app ships with (data/articles) through the API, as a reader would add them. */
export async function addBundledArticles(api: ApiClient): Promise<void> {
	const { readArticleFiles } = await import('$lib/articles/files');
	const { drafts } = await readArticleFiles(['data/articles']);
	for (const draft of drafts) await api.saveArticle(draft);
}
