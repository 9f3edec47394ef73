import type { IdentifiedEvent } from '../domain/corrections';
import { identify } from '../domain/events';
import { coverage } from '../domain/timex';
import type { Article, Extraction } from '../domain/types';
import type { Mention } from './types';
import { contentWords } from './words';
import { sentenceAt, splitSentences } from '../extract/sentences';

/** An article's events as mentions: each with its stable event id, its days and the content words of its clause. */
export function mentionsOf(article: Pick<Article, 'id' | 'text'> & { title?: string | null }, extraction: Extraction): Mention[] {
	return mentionsOfEvents(article, extraction, identify(article, extraction));
}

/**
 * The event of an article a mention is made of: as identified (domain/events.ts), or as stored; with its days
 * when the caller has them already (domain/events.ts `datedEvents`), which spares reading its date again.
 */
export type MentionedEvent = Pick<IdentifiedEvent, 'id' | 'date' | 'start' | 'end' | 'countries' | 'summary' | 'confidence'> & {
	firstDay?: number;
	lastDay?: number;
};

/**
 * Mentions of events already identified (the store's, with a reader's corrections applied), with the
 * extraction's date mentions (whose words are left out of the clauses') and place mentions (a clause that
 * names a country names its own countries).
 */
export function mentionsOfEvents(
	article: Pick<Article, 'id' | 'text'> & { title?: string | null },
	extraction: Pick<Extraction, 'dates' | 'places'>,
	events: readonly MentionedEvent[]
): Mention[] {
	// The dates' own words ("17 July 2014", "Thursday") are no content: every telling of the day shares them, and
	// so do unrelated happenings of that day. Blanked out, at the same length, so offsets still hold.
	const text = blanked(article.text, extraction.dates);
	const sentences = splitSentences(article.text);
	const lead = sentences.find((s) => /\p{L}/u.test(article.text.slice(s.start, s.end)));
	// Several events share a sentence, and a clause is often the whole sentence: each span's words are found once.
	const spans = new Map<string, string[]>();
	const wordsOf = (start: number, end: number): string[] => {
		const key = `${start}:${end}`;
		let words = spans.get(key);
		if (!words) spans.set(key, (words = contentWords(text.slice(start, end))));
		return words;
	};
	let titleWords: string[] | undefined;
	return events.map((e) => {
		const words = wordsOf(e.start, e.end);
		const at = sentences[sentenceAt(sentences, e.start)];
		const sentence = at && at.start <= e.start && e.start < at.end ? at : undefined;
		// The sentence's words and, in the lead, the headline's: each once, in that order, but the clause's own.
		const context: string[] = [];
		let known: Set<string> | null = null;
		const take = (list: readonly string[]) => {
			// A look along the lists: a clause and its sentence hold a few dozen words, and a Set per event was most of
			// the cost here. A long sentence (a list of names) gets a Set.
			if (!known && words.length + context.length + list.length > SCAN_LIMIT) known = new Set([...words, ...context]);
			for (const w of list) {
				if (known) {
					if (!known.has(w)) known.add(w), context.push(w);
				} else if (!words.includes(w) && !context.includes(w)) context.push(w);
			}
		};
		if (sentence) take(wordsOf(sentence.start, sentence.end));
		if (sentence && sentence === lead && article.title) take((titleWords ??= contentWords(article.title)));
		return {
		eventId: e.id,
		articleId: article.id,
		start: e.start,
		end: e.end,
		sentence: sentence?.start ?? e.start,
		value: e.date.value,
		span: e.firstDay !== undefined && e.lastDay !== undefined ? { first: e.firstDay, last: e.lastDay } : coverage(e.date.value),
		countries: e.countries,
		ownCountries: extraction.places.some((p) => p.country && e.start <= p.start && p.end <= e.end),
		summary: e.summary,
		confidence: e.confidence,
		words,
		context
		};
	});
}

/** Words of a clause and its context up to which a look along them finds one sooner than a Set. */
const SCAN_LIMIT = 64;

/** `text` with each span replaced by as many spaces, so offsets still hold: in one pass, not a copy of the text per span. */
function blanked(text: string, spans: readonly { start: number; end: number }[]): string {
	const parts: string[] = [];
	let at = 0;
	for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
		const from = Math.max(at, start);
		if (end <= from) continue;
		parts.push(text.slice(at, from), ' '.repeat(end - from));
		at = end;
	}
	parts.push(text.slice(at));
	return parts.join('');
}
