/**
 * Stable identifiers. Never array indexes: a link to an event must keep
 * working when other articles are added or removed.
 */

/** Two 32-bit FNV-1a-style hashes of a string, unsigned (pure: runs in the browser too). */
export function hashHalves(text: string): [number, number] {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x5bd1e995);
	}
	return [h1 >>> 0, h2 >>> 0];
}

/** 53-bit hash of a string, in base 36. */
export function hash(text: string): string {
	const [h1, h2] = hashHalves(text);
	return base36(h2 * 0x200000 + (h1 & 0x1fffff));
}

/** 36⁵: a digit group that stays a small integer. */
const GROUP = 60466176;

/**
 * `n.toString(36)` for an integer below 2⁵³, the same digits, in groups of five:
 * V8 converts a number that large through floating-point division, digit by digit,
 * which cost an ingest of a million events a second and a half of hashing ids.
 */
export function base36(n: number): string {
	const [high, low] = divide(n);
	if (high === 0) return low.toString(36);
	const [top, middle] = divide(high);
	return (top === 0 ? middle.toString(36) : top.toString(36) + group(middle)) + group(low);
}

/** Quotient and remainder by GROUP, exact: a quotient rounded up is taken back. */
function divide(n: number): [number, number] {
	const quotient = Math.floor(n / GROUP);
	const rest = n - quotient * GROUP;
	return rest < 0 ? [quotient - 1, rest + GROUP] : [quotient, rest];
}

const group = (digits: number) => digits.toString(36).padStart(5, '0');

/** An article's id: a slug of its URL when it has one, else a hash of its text. */
export function articleId(url: string | undefined, text: string): string {
	if (url) {
		const slug = url
			.replace(/^[a-z]+:\/\/(www\.)?/i, '')
			.replace(/[^a-z0-9]+/gi, '-')
			.replace(/^-|-$/g, '')
			.toLowerCase()
			.slice(0, 48)
			.replace(/-$/, '');
		return `${slug}-${hash(url).slice(0, 6)}`;
	}
	return `text-${hash(text)}`;
}

/**
 * An event's id: the same article, date and source words give the same id on
 * every ingest, even when an edit elsewhere in the article moves the words.
 * `occurrence` tells apart identical words with the same date in one article.
 */
export function eventId(articleId: string, dateValue: string, sourceText: string, occurrence = 0): string {
	// Most words have only single spaces: testing for anything else costs less than replacing nothing.
	const words = OTHER_SPACE.test(sourceText) ? sourceText.replace(/\s+/g, ' ') : sourceText;
	return hash(`${articleId}\u0000${dateValue}\u0000${words.trim()}\u0000${occurrence}`);
}

/** White space that is not one single space: what the id's words have made into single spaces. */
const OTHER_SPACE = /\s\s|[^\S ]/;
