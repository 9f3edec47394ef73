/**
 * The consonant skeleton of a place name, the same for the ways Cyrillic (and
 * other) names are written in Latin letters: "Shakhtersk" (from the Russian)
 * and "Shakhtars’k" (the Ukrainian, with its soft sign) have one, as have
 * "Gorlovka" and "Horlivka", "Kharkov" and "Kharkiv". Vowels, apostrophes and
 * doubled letters go; h alone is g (the Ukrainian h is the Russian g), and
 * kh, zh, ch, sh, shch each become one letter of their own first.
 */
export function skeleton(name: string): string {
	return name
		.normalize('NFD')
		.toLowerCase()
		.replace(/[^a-z]/g, '')
		.replace(/shch/g, 'w')
		.replace(/kh/g, 'x')
		.replace(/zh/g, 'j')
		.replace(/ch/g, 'c')
		.replace(/sh/g, 'q')
		.replace(/h/g, 'g')
		.replace(/[aeiouy]/g, '')
		.replace(/(.)\1+/g, '$1');
}

/** Skeletons shorter than this match too many unrelated names to tell a variant. */
export const MIN_SKELETON = 5;

/** A village's name sharing a town's skeleton is a coincidence ("Gutenberg" for "Gothenburg"), not its other spelling. */
export const VARIANT_POPULATION = 20_000;

/** Letters that are not a base letter plus marks, so NFD leaves them whole: "Łódź", "Diyarbakır", "Tromsø". */
const OWN_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', ı: 'i', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe' };

/** The countries whose town names GeoNames writes with the Arabic article ("Al Qāmishlī", "As Sulaymānīyah"). */
const ARABIC_NAMES = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ash|Ad|Adh|Az|An|At|Ath)[\s-]+(?=\p{Lu})/u;

const ADMINISTRATIVE: Record<string, RegExp> = { KR: /^(\p{Lu}.*)-(?:si|gun)$/u, JP: /^(\p{Lu}.*)-shi$/u, TH: /^Mueang (\p{Lu}.*)$/u };

/** A name without its diacritics, its own letters spelt plainly and its apostrophes: "Łódź" → "Lodz", "Taupō" → "Taupo". */
export function plainLetters(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[łŁıøØđĐðþßæÆœŒ]/g, (c) => OWN_LETTERS[c])
		.replace(/[‘’ʻʼ']/g, '');
}

/**
 * How English-language news writes a gazetteer's name:
 * - without its diacritics: "Krakow" for "Kraków", "Lodz" for "Łódź", "Diyarbakir" for "Diyarbakır";
 * - an Arabic town without its article: "Qamishli" for "Al Qāmishlī";
 * - either name of a bilingual one ("Gasteiz / Vitoria"), without a river in brackets ("Halle (Saale)");
 * - a Korean, Japanese or Thai city without its administrative word: "Goyang-si", "Gifu-shi", "Mueang Nonthaburi".
 * The same name, only spelt plainly: unlike another transliteration it needs no evidence to be meant.
 * Returns the spellings that differ from the name.
 */
export function plainSpellings(name: string, country: string): string[] {
	const plain = plainLetters(name);
	const out = new Set([plain]);
	// "Gasteiz / Vitoria", "Halle (Saale)": either name alone, without the river that tells it from others.
	for (const part of plain.split(' / ')) out.add(part.replace(/\s+\([^)]*\)$/, ''));
	if (ARABIC_NAMES.has(country)) out.add(plain.replace(ARABIC_ARTICLE, ''));
	// The administrative word around a Korean, Japanese or Thai town's name: "Goyang-si", "Gifu-shi", "Mueang Nonthaburi".
	const bare = ADMINISTRATIVE[country]?.exec(plain);
	if (bare) out.add(bare[1]);
	out.delete(name);
	return [...out];
}
