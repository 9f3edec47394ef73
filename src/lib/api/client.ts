import type { Correction } from '$lib/domain/corrections';
import type { CountUnit, StoryCorrection, StoryDetail, StoryPreview, StorySummary } from '$lib/domain/stories';
import type { ArticleDraft, ArticleWithMentions, EventDetail } from '$lib/domain/types';
import type { ViewState } from '$lib/state/url';

/** Which events an endpoint selects: the page address's own parameters (`from`, `to`, `c`, `mode`, `q`). */
export type ApiFilter = Partial<Pick<ViewState, 'from' | 'to' | 'countries' | 'mode' | 'q'>>;

/** One page of the events a filter selects. */
export interface EventPage {
	total: number;
	events: EventDetail[];
	offset: number;
	limit: number;
}

/** One page of the stories a filter selects: those precise to the window first. */
export interface StoryPage {
	total: number;
	stories: StorySummary[];
	offset: number;
	limit: number;
}

/** What storing an article did, and its events as now stored. */
export interface Saved {
	id: string;
	outcome: 'new' | 'updated' | 'unchanged';
	events: EventDetail[];
}

export type ExportFormat = 'csv' | 'json' | 'geojson';

/** Most event numbers `/api/events?seq=` takes at once (its schema's limit). */
export const SEQS_PER_REQUEST = 500;

/** An answer other than success: the HTTP status and the server's own `{"error"}` message. */
export class ApiError extends Error {
	readonly status: number;
	constructor(status: number, message: string) {
		super(message);
		this.name = 'ApiError';
		this.status = status;
	}
}

/** Whether an error is an answer that the thing asked for does not exist. */
export const isNotFound = (error: unknown): boolean => error instanceof ApiError && error.status === 404;

/** Whether an error is a request given up by its AbortSignal: nobody waits for its answer. */
export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

interface Options {
	/** Gives the request up when what it was for is no longer wanted. */
	signal?: AbortSignal;
}

/**
 * Dateline's HTTP API (README "HTTP API"), typed: one method per endpoint. Every
 * method resolves with the typed body, or rejects with an ApiError that carries
 * the server's message (or with the AbortError of a request given up).
 */
export class ApiClient {
	private readonly fetcher: typeof fetch;
	private readonly base: string;

	/** `base` is the server's origin; empty in the page, whose own origin it is. */
	constructor(fetcher: typeof fetch = (...args) => fetch(...args), base = '') {
		this.fetcher = fetcher;
		this.base = base;
	}

	/** The compact binary event index (see `domain/event-index.ts`). */
	async index(options: Options = {}): Promise<ArrayBuffer> {
		return (await this.request('/api/index', options)).arrayBuffer();
	}

	/** One page of the events a filter selects. */
	events(filter: ApiFilter = {}, page: Paging = {}, options: Options = {}): Promise<EventPage> {
		return this.json(pagePath('/api/events', filter, page), options);
	}

	/** The details of events by their numbers in the index (at most SEQS_PER_REQUEST). */
	async eventsBySeq(seqs: number[], options: Options = {}): Promise<EventDetail[]> {
		return (await this.json<{ events: EventDetail[] }>(`/api/events?seq=${seqs.join(',')}`, options)).events;
	}

	/** One event by its id. */
	event(id: string, options: Options = {}): Promise<EventDetail> {
		return this.json(`/api/events/${encodeURIComponent(id)}`, options);
	}

	/** An article with its mentions (for highlighting), events and corrections. */
	article(id: string, options: Options = {}): Promise<ArticleWithMentions> {
		return this.json(`/api/articles/${encodeURIComponent(id)}`, options);
	}

	/** Whether an article with this id is stored. */
	async hasArticle(id: string, options: Options = {}): Promise<boolean> {
		try {
			await this.article(id, options);
			return true;
		} catch (error) {
			if (isNotFound(error)) return false;
			throw error;
		}
	}

	/** Stores an article with a reader's corrections to its events. */
	saveArticle(draft: ArticleDraft, corrections: Correction[] = []): Promise<Saved> {
		return this.json('/api/articles', { method: 'POST', ...jsonBody({ ...draft, corrections }) });
	}

	/** Deletes an article and its events. */
	async deleteArticle(id: string): Promise<void> {
		await this.request(`/api/articles/${encodeURIComponent(id)}`, { method: 'DELETE' });
	}

	/** Replaces the reader's corrections to an article's events; resolves with its events as now stored. */
	async correct(articleId: string, corrections: Correction[]): Promise<EventDetail[]> {
		const path = `/api/articles/${encodeURIComponent(articleId)}/corrections`;
		return (await this.json<{ events: EventDetail[] }>(path, { method: 'PUT', ...jsonBody(corrections) })).events;
	}

	/** The numbers (in the index) of the events whose summary or article title holds every word of `q`. */
	async search(q: string, options: Options = {}): Promise<number[]> {
		return (await this.json<{ seqs: number[] }>(withQuery('/api/search', new URLSearchParams({ q })), options)).seqs;
	}

	/** The compact binary story index ('DLX3'): stories weighed by outlets, or one row per article telling one. */
	async storyIndex(unit: CountUnit = 'stories', options: Options = {}): Promise<ArrayBuffer> {
		return (await this.request(unit === 'articles' ? '/api/stories/index?count=articles' : '/api/stories/index', options)).arrayBuffer();
	}

	/** One page of the stories a filter selects. */
	stories(filter: ApiFilter = {}, page: Paging = {}, options: Options = {}): Promise<StoryPage> {
		return this.json(pagePath('/api/stories', filter, page), options);
	}

	/** Stories by their numbers in the story index (at most SEQS_PER_REQUEST). */
	async storiesBySeq(seqs: number[], options: Options = {}): Promise<StorySummary[]> {
		return (await this.json<{ stories: StorySummary[] }>(`/api/stories?seq=${seqs.join(',')}`, options)).stories;
	}

	/** A story with every mention, by its id, an alias, `st-` + one of its events' ids, or an event's id. */
	story(id: string, options: Options = {}): Promise<StoryDetail> {
		return this.json(`/api/stories/${encodeURIComponent(id)}`, options);
	}

	/** The numbers (in the story index) of the stories with a mention whose summary or article title holds every word of `q`. */
	async searchStories(q: string, options: Options = {}): Promise<number[]> {
		return (await this.json<{ seqs: number[] }>(withQuery('/api/stories/search', new URLSearchParams({ q })), options)).seqs;
	}

	/** Splits, moves or merges; resolves with the id of the story to show afterwards. */
	async correctStories(correction: StoryCorrection): Promise<string> {
		return (await this.json<{ story: string }>('/api/stories/corrections', { method: 'POST', ...jsonBody(correction) })).story;
	}

	/** Where each event of a draft article would go, without storing it. */
	previewStories(draft: Omit<ArticleDraft, 'title'> & { title?: string }, options: Options = {}): Promise<StoryPreview> {
		return this.json('/api/stories/preview', { method: 'POST', ...jsonBody(draft), ...options });
	}

	/** The address of an export of the events a filter selects (a download: the browser fetches it). */
	exportUrl(format: ExportFormat, filter: ApiFilter = {}): string {
		return this.base + withQuery(`/api/export/${format}`, filterParams(filter));
	}

	private async json<T>(path: string, init: RequestInit = {}): Promise<T> {
		return (await this.request(path, init)).json() as Promise<T>;
	}

	/** Sends a request; an answer other than 2xx becomes an ApiError with the server's message. */
	private async request(path: string, init: RequestInit): Promise<Response> {
		const response = await this.fetcher(this.base + path, init);
		if (response.ok) return response;
		const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
		const message = typeof body?.error === 'string' ? body.error : `the server answered ${response.status}`;
		throw new ApiError(response.status, message);
	}
}

/** A filter as query parameters, in the page address's key order. */
function filterParams(filter: ApiFilter): URLSearchParams {
	const params = new URLSearchParams();
	if (filter.from) params.set('from', filter.from);
	if (filter.to) params.set('to', filter.to);
	if (filter.countries?.length) params.set('c', filter.countries.join(','));
	if (filter.mode) params.set('mode', filter.mode);
	if (filter.q) params.set('q', filter.q);
	return params;
}

/** Which page of a list: from `offset`, `limit` rows. */
type Paging = { offset?: number; limit?: number };

/** A list endpoint's address for a filter and a page. */
function pagePath(path: string, filter: ApiFilter, page: Paging): string {
	const query = filterParams(filter);
	if (page.offset !== undefined) query.set('offset', String(page.offset));
	if (page.limit !== undefined) query.set('limit', String(page.limit));
	return withQuery(path, query);
}

const withQuery = (path: string, query: URLSearchParams) => (query.size ? `${path}?${query.toString().replaceAll('%2C', ',')}` : path);

const jsonBody = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
