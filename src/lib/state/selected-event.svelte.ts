import { type ApiClient, isAbort, isNotFound } from '$lib/api/client';
import type { Correction } from '$lib/domain/corrections';
import type { ArticleWithMentions, EventDetail } from '$lib/domain/types';
import type { Dataset } from './dataset.svelte';
import type { View } from './view.svelte';

/** What the server rendered about the event in the address the page was opened with. */
export interface ServerSelection {
	selected: { event: EventDetail; article: ArticleWithMentions } | null;
	/** The address named an event that does not exist (any more). */
	eventMissing: boolean;
}

/**
 * The event the view selects (`event=` in the address), with its article, and the
 * reader's corrections to it. For a link opened cold both come with the page; else
 * they are fetched, and a selection that changes meanwhile gives the fetch up.
 */
export class SelectedEvent {
	private readonly api: ApiClient;
	private readonly view: View;
	private readonly dataset: Dataset;
	private readonly server: () => ServerSelection;

	constructor(api: ApiClient, view: View, dataset: Dataset, server: () => ServerSelection) {
		this.api = api;
		this.view = view;
		this.dataset = dataset;
		this.server = server;
	}

	// The id alone: every brush frame makes a new view, but the id stays equal, so nothing is fetched again.
	private readonly id = $derived.by(() => this.view.state.event);

	/** The selected event's details: fetched, or the server's; null while they are not there. */
	readonly event = $derived.by((): EventDetail | null => {
		const id = this.id;
		if (!id) return null;
		const server = this.server().selected;
		return this.dataset.byId(id) ?? (server?.event.id === id ? server.event : null);
	});

	private fetched = $state.raw<ArticleWithMentions | null>(null);
	/** The selected event's article with its mentions; null until it has come. */
	readonly article = $derived.by((): ArticleWithMentions | null => {
		const articleId = this.event?.article.id;
		const article = this.fetched ?? this.server().selected?.article ?? null;
		return articleId && article?.id === articleId ? article : null;
	});

	/** The server answered that the selected event does not exist. */
	private missing = $state(false);
	/** The address names an event that no longer exists (deleted since the link was made). */
	readonly gone = $derived.by(() => {
		const id = this.view.state.event;
		return id !== null && (this.missing || (this.server().eventMissing && id === this.view.opened.state.event));
	});

	/** Keeps the event and its article fetched as the selection changes; call once, from the owner. */
	follow(): void {
		$effect(() => {
			const id = this.id;
			const known = this.event !== null;
			this.missing = false;
			if (!id || known || this.server().eventMissing) return;
			const controller = new AbortController();
			this.api.event(id, { signal: controller.signal }).then(
				(event) => this.dataset.remember([event]),
				(error: unknown) => {
					if (!isAbort(error)) this.missing = true;
				}
			);
			return () => controller.abort();
		});
		$effect(() => {
			const articleId = this.event?.article.id;
			if (!articleId || this.article) return;
			const controller = new AbortController();
			this.api.article(articleId, { signal: controller.signal }).then(
				(article) => (this.fetched = article),
				() => {}
			);
			return () => controller.abort();
		});
	}

	/** Selects the event with this number in the index, once its details are known. */
	selectSeq(seq: number): void {
		const detail = this.dataset.details.get(seq);
		if (detail) this.view.push({ event: detail.id });
	}

	/**
	 * Stores a correction to the selected event (with its article's earlier ones), then
	 * shows the data as it now is. Rejects with the server's message if it was refused.
	 */
	async correct(correction: Correction): Promise<void> {
		const event = this.event;
		if (!event) throw new Error('no event is selected');
		const articleId = event.article.id;
		const earlier = this.article?.corrections ?? [];
		await this.api.correct(articleId, [...earlier, correction]);
		// Event numbers change when an article's events are rewritten: start again from the new index.
		this.fetched = null;
		const [, article] = await Promise.all([this.dataset.reload(), this.api.article(articleId)]);
		this.fetched = article;
		if (correction.kind === 'drop') return this.view.push({ event: null });
		try {
			this.dataset.remember([await this.api.event(event.id)]);
		} catch (error) {
			if (!isNotFound(error)) throw error;
		}
	}
}
