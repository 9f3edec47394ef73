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
