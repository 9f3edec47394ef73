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

/** Families that repeat one unit, by name: the unit. */
const REPEATED: Record<string, string> = {
	'dots between words': 'Russia said. . . . . . and China .... ',
	'run of digits': '1234567890',
	numbers: '12 345 2013 7 1990 44 ',
	'capitalised words': 'Jordan Georgia New York Paris May March Monday Washington Chad ',
	'capitalised words with commas': 'Jordan, Georgia, Niger, Chad, Victoria, ',
	'hyphenated words': 'well-known long-term U.S.-led Russia-backed mid-2014 ',
	'one long hyphenated word': 'word-',
	'"in May"': 'in May ',
	'"May 5,"': 'May 5, ',
	'"between X and Y"': 'between 2010 and 2013 ',
	'"from X to Y"': 'from May to July ',
	'bare years': '2014 ',
	'one date phrase': 'Russia said on Monday that China opened an inquiry in July, ',
	'one dated sentence': 'Russia opened an inquiry in July. ',
	'tense words and dates': 'was will said planned Monday opened would July ',
	'since a superlative': 'its biggest fall since 1994 and ',
	'relative clauses': 'talks that began in the 1990s '
};

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
	for (const mark of [...PUNCTUATION, ' ', '\n']) families.set(`run of ${JSON.stringify(mark)}`, among(fill(mark, size - 100)));
	families.set('one long capitalised word', 'In ' + fill('Abcdefghij', size - 3));
	for (const [name, unit] of Object.entries(REPEATED)) families.set(name, fill(unit, size));
	return families;
}
