import { SvelteMap } from 'svelte/reactivity';
import { type ApiClient, isAbort, isNotFound } from '$lib/api/client';
import type { Correction } from '$lib/domain/corrections';
import type { StoryCorrection, StoryDetail } from '$lib/domain/stories';
import type { ArticleWithMentions, EventDetail } from '$lib/domain/types';
import type { Dataset } from './dataset.svelte';
import type { View } from './view.svelte';

/** What the server rendered about the story in the address the page was opened with. */
export interface ServerStory {
	story: StoryDetail | null;
	/** The address named a story (or event) that does not exist (any more). */
	storyMissing: boolean;
}

/**
 * Whether a story answers to an id from an address: its own, one merged into it, or one
 * of its mentions' events (an old `event=` link, or `st-` and any of them).
 */
export function answersTo(story: StoryDetail, id: string): boolean {
	return story.id === id || story.aliases.includes(id) || story.mentions.some((m) => m.id === id || `st-${m.id}` === id);
}

/**
 * The story the view opens (`story=` in the address), every mention with its article,
 * and the reader's corrections to the merging. For a link opened cold the story comes
 * with the page; else it is fetched, and a selection that changes meanwhile gives the
 * fetch up. An address that names the story otherwise than by its id (an old event link,
 * a story merged since) is rewritten to its id, in place.
 */
export class OpenedStory {
	private readonly api: ApiClient;
	private readonly view: View;
	private readonly dataset: Dataset;
	private readonly server: () => ServerStory;

	constructor(api: ApiClient, view: View, dataset: Dataset, server: () => ServerStory) {
		this.api = api;
		this.view = view;
		this.dataset = dataset;
		this.server = server;
	}

	// The id alone: every brush frame makes a new view, but the id stays equal, so nothing is fetched again.
	private readonly id = $derived.by(() => this.view.state.story);
	private fetched = $state.raw<StoryDetail | null>(null);

	/** The opened story: fetched, or the server's; null while it has not come. */
	readonly story = $derived.by((): StoryDetail | null => {
		const id = this.id;
		if (!id) return null;
		if (this.fetched && answersTo(this.fetched, id)) return this.fetched;
		const server = this.server().story;
		return server && answersTo(server, id) ? server : null;
	});

	/** The articles of the story's mentions, with their date and place mentions, by id, as they come. */
	readonly articles = new SvelteMap<string, ArticleWithMentions>();

	/** The server answered that the story does not exist. */
	private missing = $state(false);
	/** The address names a story that no longer exists (its articles deleted since the link was made). */
	readonly gone = $derived.by(() => {
		const id = this.id;
		return id !== null && (this.missing || (this.server().storyMissing && id === this.view.opened.state.story));
	});

	/** Keeps the story and its articles fetched as the address changes; call once, from the owner. */
	follow(): void {
		$effect(() => {
			const id = this.id;
			const known = this.story !== null;
			this.missing = false;
			if (!id || known || (this.server().storyMissing && id === this.view.opened.state.story)) return;
			const controller = new AbortController();
			this.api.story(id, { signal: controller.signal }).then(
				(story) => (this.fetched = story),
				(error: unknown) => {
					if (!isAbort(error)) this.missing = true;
				}
			);
			return () => controller.abort();
		});
		// An old event link, or a story merged since: the address takes the story's own id.
		$effect(() => {
			const story = this.story;
			if (story && story.id !== this.id) this.view.replace({ story: story.id });
		});
		$effect(() => {
			const wanted = [...new Set(this.story?.mentions.map((m) => m.article.id) ?? [])].filter((id) => !this.articles.has(id));
			if (!wanted.length) return;
			const controller = new AbortController();
			for (const id of wanted)
				this.api.article(id, { signal: controller.signal }).then(
					(article) => this.articles.set(id, article),
					() => {}
				);
			return () => controller.abort();
		});
	}

	/** Opens the story with this number in the index, once its face is known. */
	selectSeq(seq: number): void {
		const story = this.dataset.details.get(seq);
		if (story) this.view.push({ story: story.id });
	}

	/**
	 * Stores a correction of the merging, then shows the data as it now is and the story it
	 * names. Rejects with the server's message if it was refused (not allowed to write, say).
	 */
	async correct(correction: StoryCorrection): Promise<void> {
		const story = await this.api.correctStories(correction);
		// Story numbers change when mentions move: start again from the new index.
		const [, detail] = await Promise.all([this.dataset.reload(), this.api.story(story)]);
		this.fetched = detail;
		this.view.push({ story: detail.id });
	}

	/**
	 * Stores a correction of one mention's event (its date, countries or summary, or dropping
	 * it), with its article's earlier ones, then shows the story as it now is: closed if the
	 * correction left nothing of it. Rejects with the server's message if it was refused.
	 */
	async correctMention(mention: EventDetail, correction: Correction): Promise<void> {
		const story = this.story;
		if (!story) throw new Error('no story is open');
		const articleId = mention.article.id;
		const earlier = this.articles.get(articleId)?.corrections ?? (await this.api.article(articleId)).corrections;
		await this.api.correct(articleId, [...earlier, correction]);
		const [, article, detail] = await Promise.all([
			this.dataset.reload(),
			this.api.article(articleId),
			this.api.story(story.id).catch((error: unknown) => {
				if (isNotFound(error)) return null;
				throw error;
			})
		]);
		this.articles.set(articleId, article);
		if (!detail) return this.view.push({ story: null });
		this.fetched = detail;
		if (detail.id !== story.id) this.view.push({ story: detail.id });
	}
}
