import countries from 'i18n-iso-countries';
import { GAZETTEER } from '$lib/extract/gazetteer';
import { countryName, isCountryCode } from '$lib/geo/codes';

// Every country's English name, and the extractor's names, demonyms and capitals, by lower-cased form.
let names: Map<string, string> | undefined;
function index(): Map<string, string> {
	if (names) return names;
	names = new Map();
	for (const code of Object.keys(countries.getAlpha2Codes())) names.set(countryName(code).toLowerCase(), code);
	for (const [name, entry] of GAZETTEER) if (entry.country && !entry.ambiguous && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), entry.country);
	return names;
}

/**
 * The country a reader means by what they typed in a country picker: an ISO
 * code ("RU"), a name ("Russia", "Russian Federation"), a demonym ("Russian")
 * or a seat of power ("the Kremlin"). Null when it names no single country.
 */
export function resolveCountry(input: string): string | null {
	const text = input.trim().replace(/^the\s+/i, '');
	if (/^[a-z]{2}$/i.test(text) && isCountryCode(text.toUpperCase())) return text.toUpperCase();
	return index().get(text.toLowerCase()) ?? null;
}

/** Suggestions for a picker's list: every country's name. */
export function countryOptions(): { code: string; name: string }[] {
	return Object.keys(countries.getAlpha2Codes())
		.map((code) => ({ code, name: countryName(code) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
