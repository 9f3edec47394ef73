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
	const firstWithWords = sentences.find((s) => /\p{L}/u.test(article.text.slice(s.start, s.end)));
	// Several events share a sentence, and a clause is often the whole sentence: each span's words are found once.
	const spans = new Map<string, string[]>();
	let titleWords: string[] | undefined;
	return events.map((e) => {
		const words = wordsOf(spans, text, e.start, e.end);
		const at = sentences[sentenceAt(sentences, e.start)];
		const sentence = at && at.start <= e.start && e.start < at.end ? at : undefined;
		const lead = sentence && sentence === firstWithWords && article.title ? (titleWords ??= contentWords(article.title)) : null;
		return {
			eventId: e.id,
			articleId: article.id,
			start: e.start,
			end: e.end,
			sentence: sentence?.start ?? e.start,
			value: e.date.value,
			span: e.firstDay !== undefined && e.lastDay !== undefined ? { first: e.firstDay, last: e.lastDay } : coverage(e.date.value),
			countries: e.countries,
			ownCountries: namesCountry(extraction.places, e.start, e.end),
			summary: e.summary,
			confidence: e.confidence,
			words,
			context: contextOf(words, sentence ? wordsOf(spans, text, sentence.start, sentence.end) : null, lead)
		};
	});
}

/** The content words of text[start, end), found once per span of an article (`spans`). */
function wordsOf(spans: Map<string, string[]>, text: string, start: number, end: number): string[] {
	const key = `${start}:${end}`;
	let words = spans.get(key);
	if (!words) spans.set(key, (words = contentWords(text.slice(start, end))));
	return words;
}

/**
 * A clause's context: the words of its sentence and, in the lead, of the headline, each once, in that order, but
 * the clause's own. A look along the lists (module functions, not closures made per event): a clause and its
 * sentence hold a few dozen words, and two Sets per event were most of the cost here. A long sentence gets a Set.
 */
function contextOf(own: readonly string[], sentence: readonly string[] | null, title: readonly string[] | null): string[] {
	const context: string[] = [];
	const all = own.length + (sentence?.length ?? 0) + (title?.length ?? 0);
	const known = all > SCAN_LIMIT ? new Set(own) : null;
	for (const list of [sentence, title]) {
		if (list)
			for (const w of list) {
				if (known) {
					if (!known.has(w)) known.add(w), context.push(w);
				} else if (!own.includes(w) && !context.includes(w)) context.push(w);
			}
	}
	return context;
}

/** Whether a place of a country lies within text[start, end): the clause names its countries itself. */
function namesCountry(places: Extraction['places'], start: number, end: number): boolean {
	for (const p of places) if (p.country && start <= p.start && p.end <= end) return true;
	return false;
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
