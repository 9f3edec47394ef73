/**
 * Firms named after a town: "Columbia Pictures Entertainment Inc.", "Alcoa
 * Inc." and "Magna shares closed up" ("Miami International Airport" is none). Once an article
 * names the firm so, the town's name alone is the firm there too ("the Columbia
 * deal", "Columbia shareholders"), at every mention, as a maker's name with a
 * model number is (places.ts).
 */

/** Words that end a firm's name or say that what comes before is a listed company. */
const FIRM = /\b(\p{Lu}[\p{L}&'-]{2,})(?:\s+\p{Lu}[\p{L}&'-]*){0,2}\s+(?:Corp|Corporation|Inc|Co|Ltd|LLC|PLC|plc|Group|Holdings|Pictures|Airlines|Financial|Industries|Entertainment|Bancorp|Motors)\b|\b(\p{Lu}[\p{L}&'-]{2,})(?:'s)?\s+(?:shares|stock|shareholders|stockholders)\b/gu;

/** The first words of the article's firm names: the town-like part ("Columbia", "Magna"). */
export function firmNames(text: string): Set<string> {
	const names = new Set<string>();
	for (const m of text.matchAll(FIRM)) names.add(m[1] ?? m[2]);
	return names;
}
