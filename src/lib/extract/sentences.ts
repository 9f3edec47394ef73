/**
 * Sentence splitting with offsets into the original text. Offsets matter more
 * than linguistics here: every date, place and event points back at its words.
 */

export interface Sentence {
	start: number;
	end: number;
	text: string;
}

/**
 * Words that end in a period without ending a sentence. Single capitals
 * ("U.S.", "J.") are handled by a rule, not listed.
 */
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof gen sen rep gov lt col capt sgt maj adm cmdr st jr sr rev hon pres supt insp ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
		'inc corp co ltd bros no nos vs etc approx est dept univ assn ave blvd rd mt ft ' +
		'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont ' +
		'neb nev okla ore pa tenn tex va vt wash wis wyo e.g i.e a.m p.m'
	).split(' ')
);

/** A period after these, followed by a capital, is still inside the sentence ("Jan. 5", "Mr. Putin"). */
function isAbbreviation(word: string): boolean {
	const w = word.toLowerCase();
	if (ABBREVIATIONS.has(w)) return true;
	// Initials and dotted acronyms: "J.", "U.S", "D.C".
	return /^(?:\p{L}\.)*\p{L}$/u.test(word) && word.replace(/\./g, '').length <= 3 && /\p{Lu}/u.test(word[0]);
}

/**
 * Splits on `.`, `!`, `?` (with closing quotes/brackets) followed by space and
 * a capital, digit or quote, and on blank lines. Headlines and bylines are
 * separated by line breaks, so a single newline ending a line without
 * punctuation also ends the sentence when the next line starts a new block.
 */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	let start = 0;
	const push = (end: number) => {
		// Trim whitespace so that offsets point at words.
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s])) s++;
		while (e > s && /\s/.test(text[e - 1])) e--;
		if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
		start = end;
	};
	// A run of marks is tried from its first mark only (the lookbehind): tried from each of its marks, a
	// run that ends no sentence ("......x") would be read to its end again from every mark in it.
	const re = /(?<![.!?])([.!?]+["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*[#*\-–—>])/gu;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		if (m[1] !== undefined) {
			if (m[1] === '.') {
				const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 20), m.index));
				if (before && isAbbreviation(before[1]) && !m[2].includes('\n')) continue;
			}
			push(m.index + m[1].length);
		} else {
			push(m.index);
		}
	}
	push(text.length);
	return out;
}

/** Index of the sentence containing offset `pos` (binary search; sentences are sorted). */
export function sentenceAt(sentences: Sentence[], pos: number): number {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (sentences[mid].start <= pos) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
