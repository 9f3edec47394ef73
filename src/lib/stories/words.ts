/**
 * The content words of a clause, as the join compares them: lower case, each
 * once, numbers kept whole ("400", "38", "2014" — they tell happenings apart),
 * and only words of three letters or more, so "a", "of", "on" never count.
 * Which words matter is not decided here: the corpus's rarity weights them
 * (idf.ts), so "said" weighs nothing because every clause has it.
 */
const WORD = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{N}'’]*/gu;

export function contentWords(text: string): string[] {
	const seen = new Set<string>();
	// Each word once, in the order first met (what the Set alone would give, without copying it out at the end).
	const words: string[] = [];
	WORD.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = WORD.exec(text))) {
		let w = NORMAL.get(m[0]);
		if (w === undefined) {
			if (NORMAL.size >= NORMAL_MAX) NORMAL.clear();
			NORMAL.set(m[0], (w = normal(m[0])));
		}
		if (w !== null && !seen.has(w)) {
			seen.add(w);
			words.push(w);
		}
	}
	return words;
}

/** A word as written, and as compared (null: too short to count). */
function normal(word: string): string | null {
	let w = word.toLowerCase();
	if (/^\p{N}/u.test(w)) w = w.replace(/,/g, '');
	else if (w.length < 3) return null;
	return stem(w.slice(0, w.length - possessive(w)));
}

/**
 * How many code units /['’]s?$/ would cut from the end of a lower-case word: a name is met in `normal` once per
 * run of NORMAL, hundreds of thousands of them at a million events, and the regular expressions cost most of it.
 */
function possessive(w: string): number {
	const n = w.length;
	if (isApostrophe(w.charCodeAt(n - 1))) return 1;
	return n >= 2 && w.charCodeAt(n - 1) === 0x73 && isApostrophe(w.charCodeAt(n - 2)) ? 2 : 0;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/**
 * Words as written, normalised: ingest meets the same few thousand words over and over, and the regular
 * expressions of `normal` cost more than a lookup. Cleared when full, so rare numbers and names cannot grow it without end.
 */
const NORMAL = new Map<string, string | null>();
const NORMAL_MAX = 100_000;

/**
 * A light stem, so that tellings in other words still meet: "crashed",
 * "crashes" and "crash"; "sanctions" and "sanction"; "Russia's" and "Russia"
 * (the possessive is cut before). Suffixes go only when four letters remain,
 * and long words keep their first seven letters ("government", "governments").
 */
export function stem(word: string): string {
	// Numbers and names with digits (MH17, Su-24's "24", Zorblat122) are kept whole: their digits tell them apart.
	if (/\p{N}/u.test(word)) return word;
	const base = word.slice(0, word.length - suffix(word));
	const w = base.length >= 4 ? base : word;
	return w.length > 7 ? w.slice(0, 7) : w;
}

/** How many code units /(?:ing|ed|es|s)$/ would cut from the end of a word (the leftmost match: "es" before "s"). */
function suffix(word: string): number {
	if (word.endsWith('ing')) return 3;
	if (word.endsWith('ed') || word.endsWith('es')) return 2;
	return word.endsWith('s') ? 1 : 0;
}
