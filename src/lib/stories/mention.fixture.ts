import { coverage } from '../domain/timex';
import type { Mention } from './types';
import { contentWords } from './words';

/** A mention for the merger's own tests: the clause's words from `text`, the rest as given or plain defaults. */
export function mention(id: string, value: string, countries: string[], text: string, extra: Partial<Mention> = {}): Mention {
	return {
		eventId: id,
		articleId: extra.articleId ?? `article-${id}`,
		start: 0,
		end: text.length,
		sentence: 0,
		value,
		span: coverage(value),
		countries,
		ownCountries: countries.length > 0,
		summary: text,
		confidence: 0.8,
		words: contentWords(text),
		context: [],
		...extra
	};
}
