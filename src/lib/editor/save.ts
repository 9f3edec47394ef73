import type { Correction } from '$lib/domain/corrections';
import type { ArticleDraft, EventDetail } from '$lib/domain/types';
import { DEFAULT_VIEW, viewHref } from '$lib/state/url';

export interface Saved {
	id: string;
	outcome: 'new' | 'updated' | 'unchanged';
	events: EventDetail[];
}

/** Stores an article with its corrections through the API; throws with the server's message. */
export async function saveArticle(draft: ArticleDraft, corrections: Correction[], fetcher: typeof fetch = fetch): Promise<Saved> {
	const response = await fetcher('/api/articles', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ ...draft, corrections })
	});
	const body = await response.json().catch(() => ({ error: `the server answered ${response.status}` }));
	if (!response.ok) throw new Error(body.error ?? `the server answered ${response.status}`);
	return body as Saved;
}

/** Whether an article with this id is stored already. */
export async function isStored(id: string, fetcher: typeof fetch = fetch): Promise<boolean> {
	return (await fetcher(`/api/articles/${encodeURIComponent(id)}`)).ok;
}

/** The main view on the time window of some events (all their days), or the default view if none. */
export function viewOf(events: Pick<EventDetail, 'first' | 'last'>[]): string {
	if (events.length === 0) return viewHref(DEFAULT_VIEW);
	const from = events.reduce((min, e) => (e.first < min ? e.first : min), events[0].first);
	const to = events.reduce((max, e) => (e.last > max ? e.last : max), events[0].last);
	return viewHref({ ...DEFAULT_VIEW, from, to });
}
