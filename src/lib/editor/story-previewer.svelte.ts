import { type ApiClient, isAbort } from '$lib/api/client';
import type { StorySummary } from '$lib/domain/stories';
import type { ArticleDraft } from '$lib/domain/types';

/** How long typing must pause, in milliseconds, before the server is asked where the events fit: a little longer than between keys. */
export const PREVIEW_PAUSE = 400;

/** What is previewed: the article as it would be saved, and its extracted events' ids in the extraction's order. */
export interface PreviewInput {
	draft: ArticleDraft;
	ids: string[];
}

/**
 * Where each event of the article being added would go before it is saved: the
 * existing story it would join, or none (a new story), asked of the server
 * (`POST /api/stories/preview`) once typing pauses. A newer text gives up the
 * request for the older one, so an answer never belongs to text since changed.
 */
export class StoryPreviewer {
	/** By event id: the story it would join, or null for a new one; null until the server has answered for this text. */
	joins = $state.raw<Map<string, StorySummary | null> | null>(null);
	/** Why the last preview failed, for the reader; empty when it did not. */
	problem = $state('');

	private readonly api: ApiClient;
	private readonly input: () => PreviewInput | null;

	/** `input`: the article and its events now (read reactively), or null while there is nothing to preview. */
	constructor(api: ApiClient, input: () => PreviewInput | null) {
		this.api = api;
		this.input = input;
	}

	/** Keeps `joins` following the article; call once, from the component that owns it. */
	follow(): void {
		$effect(() => {
			const input = this.input();
			this.joins = null;
			if (!input || input.ids.length === 0) return;
			const controller = new AbortController();
			const timer = setTimeout(() => {
				const { title, text, published, source, url } = input.draft;
				this.api.previewStories({ title, text, published, source, url }, { signal: controller.signal }).then(
					(preview) => {
						this.joins = new Map(input.ids.map((id, i) => [id, preview.events[i]?.joins ?? null]));
						this.problem = '';
					},
					(error: unknown) => {
						if (!isAbort(error)) this.problem = `Where the events fit could not be found: ${(error as Error).message}`;
					}
				);
			}, PREVIEW_PAUSE);
			return () => {
				clearTimeout(timer);
				controller.abort();
			};
		});
	}
}
