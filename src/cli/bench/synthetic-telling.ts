/**
 * How an outlet words one telling of a synthetic happening: the happening's
 * own names and number (most of them), one of its topic's verbs and a few of
 * its topic's nouns, and common news words, in a sentence of its own. Two
 * tellings of one happening share names and some words; two happenings of one
 * topic and actor share words but not names: what tells stories apart.
 */
import countries from 'i18n-iso-countries';

export interface Happening {
	/** Its number, in order of first report: the truth a merge can be scored against. */
	n: number;
	day: number;
	/** Most salient first. */
	countries: string[];
	/** A recurring actor (a president, a company) and two names of its own (a place, a ship). */
	names: string[];
	topic: number;
	number: number;
}

/** Each topic: the verbs and nouns outlets use for it. */
export const TOPICS: [verbs: string[], nouns: string[]][] = [
	[['signed', 'agreed', 'sealed', 'concluded'], ['deal', 'agreement', 'accord', 'contract', 'pipeline', 'gas', 'supply']],
	[['imposed', 'announced', 'widened', 'extended'], ['sanctions', 'penalties', 'restrictions', 'asset', 'freeze', 'banks']],
	[['tested', 'launched', 'fired'], ['missile', 'rocket', 'warhead', 'test', 'ballistic', 'launch']],
	[['met', 'hosted', 'held'], ['summit', 'talks', 'meeting', 'leaders', 'visit', 'counterpart']],
	[['attacked', 'shelled', 'bombed', 'struck'], ['attack', 'strike', 'forces', 'troops', 'border', 'village']],
	[['voted', 'elected', 'chose'], ['election', 'vote', 'ballot', 'parliament', 'candidate', 'turnout']],
	[['crashed', 'collided', 'sank'], ['crash', 'plane', 'ferry', 'passengers', 'wreckage', 'rescue']],
	[['struck', 'flooded', 'hit'], ['earthquake', 'flood', 'quake', 'storm', 'damage', 'victims']],
	[['protested', 'marched', 'rallied'], ['protest', 'demonstrators', 'crowds', 'police', 'square', 'rally']],
	[['arrested', 'detained', 'charged'], ['arrest', 'suspects', 'court', 'charges', 'prosecutors', 'trial']],
	[['raised', 'cut', 'lowered'], ['rates', 'inflation', 'bank', 'currency', 'markets', 'economy']],
	[['released', 'freed', 'exchanged'], ['prisoners', 'hostages', 'exchange', 'captives', 'swap', 'release']]
];

const COMMON = 'said officials government minister president spokesman report country people state security week statement local new foreign first after late early public'.split(' ');
const CONSONANTS = 'bdfgklmnprtvzhj';
const VOWELS = 'aeiou';

/** A pronounceable name for a number: syllables of its digits in base 75, capitalised ("Kovabe"). */
export function nameOf(i: number, syllables: number): string {
	let s = '';
	for (let k = 0; k < syllables; k++, i = Math.floor(i / 75)) s += CONSONANTS[(i % 75) % 15] + VOWELS[Math.floor((i % 75) / 15)];
	return s[0].toUpperCase() + s.slice(1);
}

export const countryName = (code: string) => countries.getName(code, 'en') ?? code;

/**
 * One outlet's sentence for a happening, starting with its date's words: the
 * sentence, where in it the date's words end, and the countries it names.
 */
export function tell(h: Happening, when: string, next: () => number): { sentence: string; dateEnd: number; countries: string[] } {
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
	const [verbs, nouns] = TOPICS[h.topic];
	// Most tellings name the actor and one of the happening's own names or both; none names nothing.
	const kept = h.names.filter((_, i) => next() < (i === 0 ? 0.85 : 0.7));
	const named = kept.length ? kept : [h.names[1]];
	// An extractor may miss a country of several; the first, most salient, is always named.
	const told = h.countries.filter((_, i) => i === 0 || next() < 0.85);
	const words = [pick(nouns), pick(nouns), ...Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(COMMON))];
	const number = next() < 0.6 ? ` ${h.number}` : '';
	const opening = when[0].toUpperCase() + when.slice(1);
	const sentence = `${opening}, ${named.join(' and ')} of ${told.map(countryName).join(' and ')} ${pick(verbs)}${number} ${words.join(' ')}.`;
	return { sentence, dateEnd: opening.length, countries: told };
}
