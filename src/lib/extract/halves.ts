/**
 * "the North" and "the South" in news of a divided country: once an article has
 * named North Korea, "the North has shrugged off the sanctions" is North Korea;
 * after South Korea (or South Sudan), "the South" is that country. Without the
 * country named, a compass half ("the South" of the United States, "the North"
 * of England) is no country and stays unmatched, as does the start of a longer
 * name ("the North Atlantic", "the South China Sea", "the North Korean leader").
 */
import type { PlaceMention } from '../domain/types';

/** Each half and the countries it stands for, in order of preference. */
const HALVES: Record<'North' | 'South', readonly string[]> = { North: ['KP'], South: ['KR', 'SS'] };

const HALF = /\b[Tt]he (North|South)\b(?![\p{L}-]|\s+\p{Lu})/gu;

/** The article's places with its halves of divided countries added, in reading order. */
export function withHalves(text: string, places: PlaceMention[]): PlaceMention[] {
	const named = new Set(places.filter((p) => p.kind === 'country').map((p) => p.country));
	const countryOf = (half: 'North' | 'South') => HALVES[half].find((c) => named.has(c));
	if (!countryOf('North') && !countryOf('South')) return places;
	const halves: PlaceMention[] = [];
	for (const m of text.matchAll(HALF)) {
		const half = m[1] as 'North' | 'South';
		const country = countryOf(half);
		if (!country) continue;
		const start = m.index + 4;
		halves.push({ start, end: start + half.length, text: half, country, kind: 'metonym' });
	}
	return halves.length ? [...places, ...halves].sort((a, b) => a.start - b.start) : places;
}
