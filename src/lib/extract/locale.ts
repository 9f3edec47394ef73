/**
 * The country an article is written in, as its own institutions and money tell it when no address does: a
 * local paper names its police, courts, councils and currency the way its country does ("Gardaí", "Boston
 * Borough Council", "the OPP", "Rs 5 crore"). Each kind of sign found counts once, so a long article is no
 * surer than a short one; the towns several countries share weigh it as they weigh the outlet's home country
 * (town-context.ts). Only signs one country (or one country among English-language news) uses.
 */

import { IRISH_COUNTIES } from './gazetteer/counties';

const SIGNS: [RegExp, string][] = [
	// Ireland: the police, the county, the national roads.
	[/\b(?:Garda[íi]?|[Gg]ardaí)\b/, 'IE'],
	[new RegExp(`\\bCo\\.? ?(?:${[...IRISH_COUNTIES].join('|')})\\b`), 'IE'],
	[/\bTD\b(?= for\b| in\b|,)/, 'IE'],
	// The United Kingdom: councils, courts, police forces, roads, money.
	[/\b(?:Borough|District|Parish|Unitary) Council\b/, 'GB'],
	[/\b(?:Crown Court|Sheriff Court|Police Scotland|PSNI|Metropolitan Police|NHS)\b/, 'GB'],
	[/\bthe [AM]\d{1,4}(?= (?:road|motorway|near|between|at|in|towards|out|southbound|northbound|eastbound|westbound)\b|[,.])/, 'GB'],
	[/£\s?\d/, 'GB'],
	// The United States.
	[/\b(?:[Ss]heriff['’]s (?:[Oo]ffice|[Dd]epartment|deputies)|[Ss]tate [Tt]roopers?|[Cc]ounty [Cc]ommissioners|Police Department|Township (?:[Tt]rustees|[Bb]oard|[Ff]ire))\b/, 'US'],
	// Canada.
	[/\b(?:OPP|RCMP|Ontario Provincial Police|Sûreté du Québec|MPP|Regional Police)\b/, 'CA'],
	// Australia: state police districts, local courts, shires.
	[/\b(?:Police District|Local Court|Shire Council|Shire of|A\$\s?\d)/, 'AU'],
	// New Zealand: its money and agencies, and Māori words written with their macrons ("Manawatū", "Ōtaki"), which
	// English writes for no other language it reports on much.
	[/\b(?:NZ\$\s?\d|Waka Kotahi|Te Whatu Ora|Hato Hone|iwi)\b/, 'NZ'],
	[/[āēīōūĀĒĪŌŪ]/, 'NZ'],
	// India: numbers and bodies.
	[/\b(?:crore|lakh|Rs\.? ?\d|₹)|\bMunicipal Corporation\b/, 'IN'],
	// South Africa.
	[/\b(?:SAPS|[Ww]ard councillors?|R\d+(?:[.,]\d+)? (?:million|billion)|rand)\b/, 'ZA'],
	// Kenya: county assemblies and their members, shillings.
	[/\b(?:MCAs?|County Assembly|sub-county|KSh\.? ?\d|Sh\d)/, 'KE'],
	// Nigeria.
	[/(?:₦\s?\d|\bnaira\b|\bLocal Government Area\b)/, 'NG'],
	// Singapore: its constituencies and public housing.
	[/\b(?:GRC|SMC|HDB)\b/, 'SG'],
	// Ghana: district and municipal assemblies and their chief executives, cedis.
	[/\b(?:(?:Municipal|Metropolitan|District) (?:Assembly|Chief Executive)|[MD]CEs?|cedis?)\b|GH¢/, 'GH']
];

/** Weight of the article's signs for each country they name, each kind of sign once. */
export function localeSigns(text: string): Map<string, number> {
	const weights = new Map<string, number>();
	for (const [sign, country] of SIGNS) if (sign.test(text)) weights.set(country, (weights.get(country) ?? 0) + 1);
	return weights;
}

/** The one country the article's signs point to most, or null when they point nowhere or two ways equally. */
export function localeCountry(text: string): string | null {
	const ranked = [...localeSigns(text)].sort((a, b) => b[1] - a[1]);
	return ranked.length && (ranked.length < 2 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}
