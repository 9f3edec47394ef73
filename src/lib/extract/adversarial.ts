/**
 * Texts made to find the extractor's super-linear paths: each family repeats
 * one unit (a punctuation mark, a date phrase, a capitalised name…) up to a
 * size, so that doubling the size doubles whatever the extractor does per
 * repetition. A path that looks from each match at each other match, or
 * backtracks over a run, then shows as time growing faster than the text.
 * Used by the linearity test and by `npm run bench:extract`.
 */

/** Every ASCII punctuation mark, and the typographic ones news text uses. */
const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '’', '‘', '“', '”', '–', '—', '…'];

/** `unit` repeated until the text is `size` characters long (cut at `size`). */
function fill(unit: string, size: number): string {
	return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** `run` between two dated sentences about countries, and inside the first. */
function among(run: string): string {
	return `Russia opened an inquiry in July ${run} and China banned it in May. Then, on Monday, Japan left.`;
}

/** The sample with every sentence end and line break taken out: one sentence as long as the text. */
function withoutSentencePunctuation(sample: string): string {
	return sample.replace(/[.!?]+/g, '').replace(/\s+/g, ' ') + ' ';
}

/**
 * Each family's text at `size` characters, by name. `sample` is a real
 * article: the baseline repeats it (blank line between copies) and one family
 * strips its sentence punctuation.
 */
export function adversarialTexts(sample: string, size: number): Map<string, string> {
	const families = new Map<string, string>();
	families.set('normal article', fill(sample.trim() + '\n\n', size));
	families.set('no sentence punctuation', fill(withoutSentencePunctuation(sample), size));
	// Each run sits inside a dated sentence, so that sentences, dates, clauses and summaries all meet it.
	for (const mark of PUNCTUATION) families.set(`run of ${JSON.stringify(mark)}`, among(fill(mark, size - 100)));
	families.set('dots between words', fill('Russia said. . . . . . and China .... ', size));
	families.set('run of spaces', among(fill(' ', size - 100)));
	families.set('run of line breaks', among(fill('\n', size - 100)));
	families.set('run of digits', fill('1234567890', size));
	families.set('numbers', fill('12 345 2013 7 1990 44 ', size));
	families.set('capitalised words', fill('Jordan Georgia New York Paris May March Monday Washington Chad ', size));
	families.set('capitalised words with commas', fill('Jordan, Georgia, Niger, Chad, Victoria, ', size));
	families.set('one long capitalised word', 'In ' + fill('Abcdefghij', size - 3));
	families.set('hyphenated words', fill('well-known long-term U.S.-led Russia-backed mid-2014 ', size));
	families.set('one long hyphenated word', fill('word-', size));
	families.set('"in May"', fill('in May ', size));
	families.set('"May 5,"', fill('May 5, ', size));
	families.set('"between X and Y"', fill('between 2010 and 2013 ', size));
	families.set('"from X to Y"', fill('from May to July ', size));
	families.set('bare years', fill('2014 ', size));
	families.set('one date phrase', fill('Russia said on Monday that China opened an inquiry in July, ', size));
	families.set('one dated sentence', fill('Russia opened an inquiry in July. ', size));
	families.set('tense words and dates', fill('was will said planned Monday opened would July ', size));
	families.set('since a superlative', fill('its biggest fall since 1994 and ', size));
	families.set('relative clauses', fill('talks that began in the 1990s ', size));
	return families;
}
