import { applyCorrections, type Correction, type CorrectedEvent } from '$lib/domain/corrections';
import { parseDay } from '$lib/domain/days';
import { identify } from '$lib/domain/events';
import { articleId } from '$lib/domain/ids';
import type { ArticleDraft, Extraction } from '$lib/domain/types';
import { whyNotSave } from './check';

/** How far into a text a dateline ("MOSCOW, Aug. 18 (Reuters) –") can be. */
const DATELINE_REACH = 300;

/**
 * An article being added in the browser: its fields, the live extraction of
 * its text, and the reader's corrections to the events found.
 */
export class ArticleDraftState {
	title = $state('');
	/** The publication date as the reader typed it; empty: the dateline's, if the text has one. */
	published = $state('');
	url = $state('');
	source = $state('');
	text = $state('');
	extraction = $state.raw<Extraction | null>(null);
	corrections = $state.raw<Correction[]>([]);

	/** A full date near the start of the text: the dateline, the default publication date. */
	readonly dateline = $derived.by(() => {
		const mention = this.extraction?.dates.find((d) => d.start < DATELINE_REACH && d.granularity === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
		return mention?.value ?? null;
	});

	readonly effectivePublished = $derived(this.published || this.dateline || '');
	readonly id = $derived(articleId(this.url.trim() || undefined, this.text));

	/** The extracted events with their ids, in the extraction's order. */
	readonly extracted = $derived.by(() => (this.extraction ? identify({ id: this.id, text: this.text }, this.extraction) : []));

	/** The events the article would create, corrections applied. */
	readonly events = $derived.by((): CorrectedEvent[] => (this.extraction ? applyCorrections(this.extracted, this.corrections) : []));

	/** What stops saving, in words for the reader; empty when the article can be saved. */
	readonly problems = $derived.by(() => {
		const problems: string[] = [];
		if (!this.text.trim()) return ['Paste or type the article’s text.'];
		if (!this.title.trim()) problems.push('Give the article a title.');
		const day = parseDay(this.effectivePublished);
		if (!this.effectivePublished) problems.push('Give the publication date: the text has no dateline to take it from.');
		else if (day === null) problems.push('The publication date must be a real day, YYYY-MM-DD.');
		if (this.url.trim() && !/^https?:\/\/\S+$/.test(this.url.trim())) problems.push('The URL must start with http:// or https://.');
		const why = this.extraction && day !== null ? whyNotSave(this.draft, this.extraction) : null;
		if (why) problems.push(`This article cannot be saved: ${why}.`);
		return problems;
	});

	/** The article as the API takes it. */
	get draft(): ArticleDraft {
		return {
			title: this.title.trim(),
			published: this.effectivePublished,
			text: this.text,
			...(this.url.trim() ? { url: this.url.trim() } : {}),
			...(this.source.trim() ? { source: this.source.trim() } : {})
		};
	}

	correct(correction: Correction): void {
		this.corrections = [...this.corrections, correction];
	}
}
