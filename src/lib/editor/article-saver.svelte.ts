import type { ApiClient } from '$lib/api/client';
import type { Correction } from '$lib/domain/corrections';
import type { ArticleDraft } from '$lib/domain/types';
import { viewOfEvents } from '$lib/state/steps';

/**
 * Saves the article being added, once: an article stored already is not overwritten
 * unless the reader asks to update it. Says how it went in words for the reader.
 */
export class ArticleSaver {
	/** A save is under way. */
	saving = $state(false);
	/** The article is stored already: saving again needs the reader's word (`update`). */
	present = $state(false);
	/** What the last save did or why it failed, for the reader; empty when there is nothing to say. */
	status = $state('');

	private readonly api: ApiClient;

	constructor(api: ApiClient) {
		this.api = api;
	}

	/** Forgets what earlier saves said: the reader is writing another article. */
	reset(): void {
		this.present = false;
		this.status = '';
	}

	/**
	 * Stores the article with its corrections (if it is new, or `update` says to replace it).
	 * Resolves with the address of the main view on its events, or null if it was not saved.
	 */
	async save(id: string, draft: ArticleDraft, corrections: Correction[], update = false): Promise<string | null> {
		if (this.saving) return null;
		this.saving = true;
		try {
			if (!update && (await this.api.hasArticle(id))) {
				this.present = true;
				this.status = 'This article is already stored.';
				return null;
			}
			const saved = await this.api.saveArticle(draft, corrections);
			return viewOfEvents(saved.events);
		} catch (error) {
			this.status = `Not saved: ${(error as Error).message}`;
			return null;
		} finally {
			this.saving = false;
		}
	}
}
