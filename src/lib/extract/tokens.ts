/**
 * Word tokens with offsets, for the place matcher. Dotted abbreviations stay
 * whole ("U.S.", "B.C."); a possessive "'s" is left out ("Russia's" → Russia);
 * hyphens split ("U.S.-led" → "U.S.", "led") so a name inside a compound is
 * still found.
 */

export interface Token {
	start: number;
	end: number;
	/** Starts with a capital letter (or is all capitals). */
	capital: boolean;
}

const TOKEN = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+|['’](?![sS]\b)\p{L}+)*/gu;
const UPPER = /\p{Lu}/u;

export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	TOKEN.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = TOKEN.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, capital: UPPER.test(m[0][0]) });
	return out;
}

/** Whether two neighbouring tokens may belong to one name: "New York", "Gilgit-Baltistan", "Washington, D.C.", "St. Louis". */
export function joinable(gap: string): boolean {
	return gap === ' ' || gap === '-' || gap === ', ' || gap === '. ' || gap === '.' || gap === '' || gap === "'s " || gap === '’s ';
}
