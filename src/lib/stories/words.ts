/**
 * The content words of a clause, as the join compares them: lower case, each
 * once, numbers kept whole ("400", "38", "2014" — they tell happenings apart),
 * and only words of three letters or more, so "a", "of", "on" never count.
 * Which words matter is not decided here: the corpus's rarity weights them
 * (idf.ts), so "said" weighs nothing because every clause has it.
 */
export function contentWords(text: string): string[] {
	// The words are what `WORD_PATTERN` matches, found by char codes.
	// Each word once, in the order first met, gathered in a scratch list and copied out at its length: a list grown by
	// push keeps room for more, and ingest keeps a million of these.
	let n = 0;
	let seen: Set<string> | undefined;
	const n0 = text.length;
	let i = 0;
	while (i < n0) {
		const at = i;
		const kind = kindAt(text, i);
		i += charWidth(text, i);
		if (kind === OTHER) continue;
		if (kind === NUMBER) {
			// \p{N}+(?:[.,]\p{N}+)*: a separator counts only with a digit after it.
			for (;;) {
				while (i < n0 && kindAt(text, i) === NUMBER) i += charWidth(text, i);
				const c = text.charCodeAt(i);
				if ((c === 0x2e || c === 0x2c) && i + 1 < n0 && kindAt(text, i + 1) === NUMBER) i++;
				else break;
			}
		} else
			// \p{L}[\p{L}\p{N}'’]*
			for (;;) {
				if (i >= n0) break;
				const c = text.charCodeAt(i);
				if (isApostrophe(c)) i++;
				else if (kindAt(text, i) !== OTHER) i += charWidth(text, i);
				else break;
			}
		const written = text.slice(at, i);
		let w = NORMAL.get(written);
		if (w === undefined) {
			if (NORMAL.size >= NORMAL_MAX) NORMAL.clear();
			NORMAL.set(written, (w = normal(written)));
		}
		if (w === null) continue;
		if (n === SCAN_LIMIT && !seen) seen = new Set(scratch.slice(0, n));
		if (seen ? seen.has(w) : has(scratch, n, w)) continue;
		seen?.add(w);
		scratch[n++] = w;
	}
	return scratch.slice(0, n);
}

/** `contentWords`' list so far, kept between calls. */
const scratch: string[] = [];
/** Words up to which a look along them finds one sooner than a Set (a long text gets a Set). */
const SCAN_LIMIT = 64;

/** The words `contentWords` finds, as a regular expression: the definition its char-code reading keeps to (words.test.ts). */
export const WORD_PATTERN = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{N}'’]*/gu;

/** Whether the first `n` of `list` hold `w`: a clause holds a few dozen words, where a look along them beats a Set made per clause. */
function has(list: readonly string[], n: number, w: string): boolean {
	for (let k = 0; k < n; k++) if (list[k] === w) return true;
	return false;
}

/**
 * What the character at `i` is to a word: a letter (\p{L}), a digit (\p{N}) or neither. Read by char codes, each code
 * unit of the Basic Multilingual Plane asked of the regular expressions once: a regular expression's match per word
 * (an array each) was most of the cost of finding a clause's words.
 */
function kindAt(text: string, i: number): number {
	const c = text.charCodeAt(i);
	if (c < 128) return c >= 0x30 && c <= 0x39 ? NUMBER : (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? LETTER : OTHER;
	if (charWidth(text, i) === 2) return kindOf(String.fromCodePoint(text.codePointAt(i)!));
	let kind = BMP[c];
	if (kind === UNKNOWN) BMP[c] = kind = kindOf(String.fromCharCode(c));
	return kind;
}

/** Whether the character at `i` is a letter or a digit (\p{L} or \p{N}): what a wire copy's signature hashes (copies.ts). */
export const isWordChar = (text: string, i: number): boolean => kindAt(text, i) !== OTHER;

const kindOf = (char: string) => (/\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? NUMBER : OTHER);

/** Code units of the character at `i`: two for a surrogate pair, which /u reads as one character. */
export function charWidth(text: string, i: number): number {
	const c = text.charCodeAt(i);
	return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

const [OTHER, LETTER, NUMBER, UNKNOWN] = [0, 1, 2, 3];
const BMP = new Uint8Array(0x10000).fill(UNKNOWN);

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
 * "crashes" and "crash"; "sanctions" and "sanction"; "utilities" and "utility"; "Russia's" and "Russia"
 * (the possessive is cut before). Suffixes go only when four letters remain,
 * and long words keep their first seven letters ("government", "governments").
 */
export function stem(word: string): string {
	// Numbers and names with digits (MH17, Su-24's "24", Zorblat122) are kept whole: their digits tell them apart.
	if (/\p{N}/u.test(word)) return word;
	// "utilities" and "utility", "carried" and "carry": the y the suffix replaced comes back.
	const base = word.endsWith('ies') || word.endsWith('ied') ? word.slice(0, -3) + 'y' : word.slice(0, word.length - suffix(word));
	const w = base.length >= 4 ? base : word;
	return w.length > 7 ? w.slice(0, 7) : w;
}

/** How many code units /(?:ing|ed|es|s)$/ would cut from the end of a word (the leftmost match: "es" before "s"). */
function suffix(word: string): number {
	if (word.endsWith('ing')) return 3;
	if (word.endsWith('ed') || word.endsWith('es')) return 2;
	return word.endsWith('s') ? 1 : 0;
}
