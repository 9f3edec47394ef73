/** A one-line summary of an event from the words of its clause. */

const MAX = 140;

/** Leading connectives of a clause cut out of a sentence ("that", "and", ","). */
const LEAD = /^(?:[\s,;:–—-]|and\b|but\b|that\b|while\b|which\b|as\b|also\b)+/i;
/** Characters a summary does not end on. */
const TRAILING = /[\s,;:]/;

/**
 * Summaries of the clauses of one sentence. A clause of a few words says less
 * than its sentence, whose summary is then used instead: it is made once,
 * however many of the sentence's clauses fall back on it.
 */
export function summariser(sentence: string): (clause: string) => string {
	let whole: string | undefined;
	return (clause) => {
		const s = clause.replace(/\s+/g, ' ').replace(LEAD, '').trim();
		// "Nikiforov said Monday" says less than its sentence.
		if (s.split(' ').length < 6) return (whole ??= oneLine(sentence.replace(/\s+/g, ' ').trim()));
		return oneLine(s);
	};
}

/** Without list or quote marks before it or punctuation after it, cut to MAX characters at a word, capitalised. */
function oneLine(text: string): string {
	let s = withoutTrailing(text.replace(/^[#*>\s]+/, ''));
	if (s.length > MAX) {
		const cut = s.lastIndexOf(' ', MAX - 1);
		s = withoutTrailing(s.slice(0, cut > 60 ? cut : MAX - 1)) + '…';
	}
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * `s` without the spaces, commas, semicolons and colons it ends with. Stepped
 * back from the end: a pattern anchored at the end would be tried from every
 * character of every run of them, each read to the run's end.
 */
function withoutTrailing(s: string): string {
	let end = s.length;
	while (end > 0 && TRAILING.test(s[end - 1])) end--;
	return s.slice(0, end);
}
