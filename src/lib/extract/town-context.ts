/**
 * When a capitalised name found in the world's towns is really that town.
 * GeoNames lists 135k places, many named like people ("Nelson", "Tyler") or
 * words ("Police", "Bath"), so a town must stand alone as a name, be big or
 * sit after a locative cue, and not be a surname used elsewhere in the article.
 */
import type { PlaceKind } from '../domain/types';
import type { PlaceLookup, WorldPlace } from './cities';
import { GAZETTEER } from './gazetteer';
import { IRISH_COUNTIES, NORTHERN_IRISH_COUNTIES } from './gazetteer/counties';
import { NOT_A_CITY, PLACE_NAME_OPENERS, SURNAME_TOWNS, isLeader, isTitle } from './place-context';
import type { Token } from './tokens';

/** Cities this large are named without "in" before them; smaller ones need a locative cue. */
const BIG_CITY = 100_000;
/** Cities this large are places even inside a longer name ("Toronto Police", "Seattle Seahawks") or opening a sentence. */
const MAJOR_CITY = 300_000;
/** Big cities that are also given names: inside a longer name they are a person ("Vladimir Putin"). */
const GIVEN_NAME_CITIES = new Set(
	'Vladimir Kobe Santiago Florence Victoria Regina Charlotte Austin Eugene Jackson Phoenix Sydney Lincoln Madison Aurora Valencia Adelaide Alexandria Augusta Salvador Jordan Kingston Hamilton Wellington Chester Warren Marion Tyler Orlando Luis Isabela Carmen Mercedes Dolores Rosario Trinidad Concepcion Concepción'.split(' ')
);
const LOCATIVE_BEFORE = /\b(?:in|at|near|from|outside|into|across|around|toward|towards|through|of|to|between|and|visited|visit|hit|struck|town|village|suburb|neighbouring|neighboring|nearby)\s$/;

/** "LOS ANGELES" → "Los Angeles", for shouted datelines. */
export const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** What a possessive name owns when it is a saint's or a founder's, not a town's: "St George's Chapel". */
const NAMES_A_FOUNDATION = /^['’]s\s+(?:Chapel|Church|Cathedral|Abbey|Basilica|Hospital|College|School|Day|Cross)\b/;

/** Verbs that make a bare capitalised name a person: "Nelson says", "Burns spoke". */
const PERSON_NEXT = /^(?:'s\s+(?:wife|husband|son|daughter|father|mother|brother|sister|career|home run|team)|\s+(?:says|said|told|thinks|believes|spoke|added|explained|wrote|tweeted|argued|agreed|noted|recalls|recalled|insisted|admitted|asked|replied|laughed|smiled|joined|scored|won|played|pleaded)\b)/;

/**
 * Nouns that a town's name qualifies as local news writes them, wherever the name stands: "Cambridge police",
 * "Richmond officials", "Nelson residents", "a Perth man", "a Hamilton-based reporter", "the Volta regional
 * capital". No one's name qualifies them.
 */
const PLACE_NOUN_AFTER = /^(?:\s+(?:police|officials|council|councillors|councilors|residents|mayor|firefighters|voters|homeowners|businesses|man|woman|teen|teenager|boy|girl|couple|family|native|area|regional)\b|-based\b)/;

/**
 * A town's own institutions and officers, whose names open with the town's: "Kingston Police", "Boston Borough
 * Council", "Tralee General Hospital", "Scone Local Court", "Cockburn Mayor Logan Howlett". The town is named there
 * as a place (the police of that town). A court only with its rank: "the Supreme Court" is no town's.
 */
const INSTITUTION_AFTER =
	/^\s(?:(?:City|Borough|District|County|Town|Shire|Regional|Municipal|Metropolitan|General|University|Magistrate(?:s|['’]s|s['’])?|Local|Provincial|Crown|Sheriff|Circuit|Superior|High)\s)?(?:Police|Council|Hospital|Fire (?:Department|Service|Brigade|&|and)|Paramedics?|Ambulance|Corporation|Municipality|Township|Garda|Mayor|Governor|Councillor|(?:Resident|District|Divisional|Land) Office)\b|^\s(?:District|County|Magistrate(?:s|['’]s|s['’])?|Local|Provincial|Crown|Circuit|Superior|High)\sCourt\b/;

/** Prepositions that only a place follows, so the verb after it is told of the place's people ("police in Cali said"). */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|outside|across|around|throughout)\s$/;

/** Capitalised words that open a sentence, and the days and months a date puts after a name, that are no one's surname. */
const NOT_SURNAMES = new Set(
	('Are Is Was Were The This That These Those There Here What When Where Why How Who It Its In On At For But And Or If As So Do Does Did Has Have Had Will Would Can Could May Might Should ' +
		'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December').split(' ')
);


/** A people's noun that is also a surname: "Finn", "Turk", "Dane", "Scot" (not "Mexican", "Thai", "Danish"). */
const isPeoplesNoun = (word: string) => GAZETTEER.get(word)!.kind === 'demonym' && !/(?:an|ese|ish|ic|i)$/.test(word);

/**
 * A trade or a common noun no surname is: words made with English's derivational endings ("Electrical",
 * "Construction", "Logistics") and the shops local news names after their towns.
 */
const TRADE_WORD = /^\p{Lu}\p{Ll}+(?:ical|tion|sion|ware|ology|ics)$|^(?:Pharmacy|Bakery|Motors|Plumbing|Builders|Supplies|Services|Stores|Foods|Farms|Garage|Hotel|Motel|Cafe|Restaurant|Printing|Carpets|Furniture)$/u;

/**
 * Surnames and given names of people in this article: the parts of
 * "Firstname Lastname" pairs ("Ashley Sutton" makes a later "Sutton" a person,
 * not a town in Surrey).
 */
export function personNames(text: string, tokens: Token[], world?: PlaceLookup): Set<string> {
	const names = new Set<string>();
	for (let k = 0; k + 1 < tokens.length; k++) {
		const a = tokens[k];
		const b = tokens[k + 1];
		if (!a.capital || !b.capital || text.slice(a.end, b.start) !== ' ') continue;
		// Exactly two names: "Winnipeg Fire Paramedic Service" is an organisation, not a person.
		const before = tokens[k - 1];
		const after = tokens[k + 2];
		// …after a title, still two: "Ambassador Prudence Bushnell" makes a later "Bushnell" the ambassador.
		if (before?.capital && text.slice(before.end, a.start) === ' ' && !isTitle(text.slice(before.start, before.end))) continue;
		if (after?.capital && text.slice(b.end, after.start) === ' ') continue;
		const first = text.slice(a.start, a.end);
		const last = text.slice(b.start, b.end);
		// A people's noun may end a person's name ("Commissioner Trevor Finn"), not its adjective ("Many Mexican
		// officials") nor a place's name.
		if (isLeader(first) || GAZETTEER.has(first) || (GAZETTEER.has(last) && !isPeoplesNoun(last)) || GAZETTEER.has(`${first} ${last}`)) continue;
		if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Lu}\p{Ll}+$/u.test(last)) continue;
		// A word no one is named, opening the next sentence of an unpunctuated dateline ("April 5, 2018 Honolulu Are
		// there …") or telling the day ("in Sydney Thursday evening").
		if (NOT_SURNAMES.has(last)) continue;
		// A major city is no given name (save those that are: "Austin", "Sydney"): "Honolulu Star-Advertiser".
		if (world && !GIVEN_NAME_CITIES.has(first) && (world.get(first)?.[0]?.population ?? 0) >= MAJOR_CITY) continue;
		// Place-name suffixes make a place, not a person: "Klamath Falls", "Beverly Hills".
		if (/^(?:City|County|Falls|Hills|Beach|Park|Springs|Bay|Island|Islands|Valley|Lake|River|Heights|Town|Point|Street|Road|Avenue|Square|Airport|University|College|State|Province|Region|Centre|Center|Police|Harbor|Harbour|Port|Bridge)$/.test(last)) continue;
		// …and so does a town's institution or officer: "Nakuru Governor", "Kingston Police".
		if (INSTITUTION_AFTER.test(text.slice(a.end, b.end + 24))) continue;
		// …and a shop's trade: "Ennis Electrical", "Kendal Hardware".
		if (TRADE_WORD.test(last)) continue;
		// A place's name opened so is no one's: "Co Kerry", "Lake Macquarie", "Port Stephens".
		if (PLACE_NAME_OPENERS.has(first)) continue;
		names.add(last);
		names.add(first);
	}
	return names;
}

/** Countries with counties named after their towns: "Tipperary County Council", "Nakuru County". */
const COUNTY_TOWN_COUNTRIES = new Set(['IE', 'GB', 'KE', 'LR']);

/**
 * A county's country. "County Kerry", "Co. Kerry", "Co Down" are Irish or Northern Irish, "County Durham" English;
 * "Cuyahoga County" is a US county unless its name is a town of a country that names counties after towns
 * ("Tipperary County", "Nakuru County") or a British county's before its council ("East Sussex County Council").
 */
export function countyAt(name: string, world: PlaceLookup | undefined, after = ''): string | null {
	let m = /^((?:\p{Lu}[\p{L}'-]+ )+)County$/u.exec(name);
	if (m) {
		const town = m[1].trim();
		if (NOT_A_CITY.has(town.split(' ')[0])) return null; // "The County Council"
		// "Bukalsi Sub County": Uganda's and Kenya's unit below a district, no American county.
		if (/(?:^| )Sub$/.test(town)) return null;
		const builtIn = GAZETTEER.get(town);
		// A British county's council names it so ("East Sussex County Council"); "Kent County" alone is Michigan's.
		if (builtIn?.kind === 'region' && builtIn.country === 'GB' && /^ Council\b/.test(after)) return 'GB';
		const places = world?.get(town);
		const home = builtIn && (builtIn.kind === 'capital' || builtIn.kind === 'city') ? builtIn.country : places?.[0]?.country;
		// Britain names a county so only with its council ("East Sussex County Council"); "Plymouth County" and
		// "Derby County" alone are an American county and a football club. Ireland's counties are its own.
		if (home === 'GB' && !/^ Council\b/.test(after)) return 'US';
		if (IRISH_COUNTIES.has(town)) return 'IE';
		// Canada's Maritime counties are named after towns no American town shares ("Pictou County").
		if (home === 'CA' && !places?.some((p) => p.country === 'US')) return 'CA';
		return home && COUNTY_TOWN_COUNTRIES.has(home) ? home : 'US';
	}
	m = /^(?:County|Co\.?) ?(\p{Lu}[\p{L}'-]+)$/u.exec(name);
	if (!m) return null;
	if (IRISH_COUNTIES.has(m[1])) return 'IE';
	if (NORTHERN_IRISH_COUNTIES.has(m[1]) || m[1] === 'Durham') return 'GB';
	return null;
}

/** A town from the world list must stand alone as a name and, if small, sit after "in", "near", …. */
export function cityContext(name: string, population: number, tokens: Token[], i: number, j: number, text: string, before: string): boolean {
	// "River Road": GeoNames has such a village or two, news the street.
	if (NOT_A_CITY.has(name) || name.length < 3 || / (?:Road|Street|Avenue|Lane|Drive|Boulevard)$/.test(name)) return false;
	// The town that opens the article as its dateline, shouted or not: "SIBU (July 2): ", "Kakumiro — " (dateline.ts).
	if (i === 0 && /^(?:\s\(|\s+(?:—|–|--)\s)/.test(text.slice(tokens[j].end, tokens[j].end + 5))) return true;
	if (/^\p{Lu}+$/u.test(name) && name.length <= 4) return false; // acronyms: "ABC", "NATO"-likes
	// "the Ashanti Region", "Western Province", "Ogun State", "Kakumiro District": a name that says what it is needs no cue.
	if (/ (?:Region|Province|State|District|Division|Municipality|Sub-county|Governorate|Prefecture|Oblast)$/.test(name)) return true;
	const prev = tokens[i - 1];
	const next = tokens[j + 1];
	const after = text.slice(tokens[j].end, tokens[j].end + 30);
	// "Nelson says" is a person; "officials in Medellín said" are the town's.
	if (PERSON_NEXT.test(after) && !PLACE_PREPOSITION_BEFORE.test(before)) return false;
	if (/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Sgt|Capt|Lt|Prof)\.\s$/.test(before)) return false;
	// "said Wang": a town after a reporting verb is the speaker.
	if (/\b(?:said|says|told|asked|added|according to)\s$/.test(before)) return false;
	const major = population >= MAJOR_CITY;
	// "St George's Chapel", "St Patrick's Day": a saint's or a founder's name owning a building or a feast, not the town.
	if (!major && NAMES_A_FOUNDATION.test(after)) return false;
	// "St Patrick's and St Seachnall's Church", "St Mary's": a saint's name owning anything is a church's or a school's.
	if (/^(?:St\.?|Saint)\s/.test(name) && /^['’]s\b/.test(after)) return false;
	// Part of a longer capitalised name ("Jackson Hole Resort", "West Wing")? Only a major city survives that.
	if (prev && prev.capital && /^[ -]$/.test(text.slice(prev.end, tokens[i].start)) && !major) {
		const word = text.slice(prev.start, prev.end);
		// "The Newbridge area", "The Kingston Police": the article, where what follows is the town's.
		const ownNoun = word === 'The' && (PLACE_NOUN_AFTER.test(after) || INSTITUTION_AFTER.test(after));
		if (!ownNoun && (!isLeader(word) || (population < BIG_CITY && !/^(?:In|At|From|To|Near|And|Of|For|On|By)$/.test(word)))) return false;
	}
	const named = next && next.capital && /^ $/.test(text.slice(tokens[j].end, next.start)) && !NOT_SURNAMES.has(text.slice(next.start, next.end));
	if (named && (!major || GIVEN_NAME_CITIES.has(name)) && !INSTITUTION_AFTER.test(after)) return false;
	const atSentenceStart = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(before);
	// A word the article also writes in lower case opens a sentence as that word: "Gay couple …" beside "a gay couple".
	if (atSentenceStart && !major && i === j && lowerCaseWords(tokens, text).has(name.toLowerCase())) return false;
	if (PLACE_NOUN_AFTER.test(after) || INSTITUTION_AFTER.test(after)) return true;
	if (SURNAME_TOWNS.has(name)) return PLACE_PREPOSITION_BEFORE.test(before) || /^,\s+\p{Lu}/u.test(after);
	if (major) return true;
	if (population >= BIG_CITY && !atSentenceStart) return true;
	return LOCATIVE_BEFORE.test(before) || /^,\s/.test(after);
}

/** The words an article writes in lower case, gathered once per article (its tokens). */
const lowerCaseWordsOf = new WeakMap<Token[], Set<string>>();
function lowerCaseWords(tokens: Token[], text: string): Set<string> {
	let words = lowerCaseWordsOf.get(tokens);
	if (!words) {
		words = new Set();
		for (const t of tokens) if (!t.capital) words.add(text.slice(t.start, t.end));
		lowerCaseWordsOf.set(tokens, words);
	}
	return words;
}

/** A place the matcher found, as the article-level choice of towns sees it. */
export interface FoundPlace {
	start: number;
	end: number;
	/** The name as written (all mentions of one name are one town). */
	name: string;
	country: string | null;
	kind: PlaceKind;
	/** The places of this name in several countries, most populous first: the article decides. */
	candidates?: readonly WorldPlace[];
	/**
	 * The name is a capital or city of the built-in tables (`country`'s), shared with towns elsewhere: "Kingston",
	 * "London", "Athens". The famous one is meant unless the article's local places say otherwise.
	 */
	famous?: boolean;
	/** The name opens its town's institutions or people here ("Paris Police Department", "Wellington Mayor"): see namesItsOwn. */
	ownInstitution?: boolean;
}

/**
 * Whether the name at [start, end) opens its town's institutions or people ("Paris Police Department", "Wellington
 * Mayor", "a Perth man") or is its city's own ("City of Paris Animal Control"): local news of that town. A famous
 * town named so, in an article whose places are its namesake's country, is that namesake without its fame counting
 * (chooseTowns): "Paris police" beside Lamar County are Paris, Texas's.
 */
export function namesItsOwn(text: string, start: number, end: number): boolean {
	const after = text.slice(end, end + 40);
	return INSTITUTION_AFTER.test(after) || PLACE_NOUN_AFTER.test(after) || /City of $/.test(text.slice(Math.max(0, start - 8), start));
}

/** What else tells where the article's towns are: the outlet's home country, the dateline's end, the article's institutions. */
export interface ArticleClues {
	home: string | null;
	/** The weight of the signs of each country the article's own institutions and money give (locale.ts). */
	locale?: ReadonlyMap<string, number>;
	/** Places ending before this offset are in the dateline ("PERTH, Scotland —"). */
	datelineEnd: number;
}

/**
 * How much one distinct name counts for its country. A region or the dateline
 * places the story; a demonym ("American tourists") or a metonym ("Washington
 * said") tells who is involved more than where the towns are.
 */
const NAME_WEIGHT: Record<PlaceKind, number> = { country: 1, region: 1.5, city: 1, capital: 1, metonym: 0.5, demonym: 0.5, organisation: 0.5, other: 0.5 };
const DATELINE_WEIGHT = 2;
/**
 * How evidence and size combine: a candidate scores the logarithm of its
 * population plus EVIDENCE_POWER times the logarithm of its country's evidence
 * (plus PRIOR, so a country the article never names is unlikely, not
 * impossible). As if the article's country were drawn in proportion to its
 * evidence and the town within it by its population to the power 0.4: one
 * mention of the US among three of Mexico leaves San Diego in the US, while a
 * Scottish story's Perth (Fife, Dundee) beats Perth, Australia, forty times
 * larger, and an Irish story's Newport is the Irish village. Local news names
 * its towns beside a few small places, and size must not drown them: a
 * Yorkshire council’s Richmond is its own, not Virginia’s, 26 times larger.
 */
const EVIDENCE_POWER = 2.5;
const PRIOR = 0.25;
const OUTLET_WEIGHT = 1.5;
/** What each kind of sign of a country's institutions weighs ("Gardaí", "Borough Council"): as a town of that country does. */
const LOCALE_WEIGHT = 1;
/** A town smaller than this, alone of its country in an article with this much evidence elsewhere, is a stranger (chooseTowns). */
const STRANGER_POPULATION = 20_000;
const STRANGER_EVIDENCE = 3;
/**
 * A place GeoNames' towns lack (a village under its floor of 1,000 people, a suburb, a district) is weighed as a
 * town of this size in the country that holds the article's places, where that country has this share of them.
 */
const UNLISTED_POPULATION = 1_000;
const LEADING_SHARE = 0.75;
/**
 * What another transliteration costs a candidate, in powers of ten of population: the spelling the article
 * uses is likelier meant, but "Shakhtersk" in a story of Donetsk and Ukraine is Ukraine's Shakhtars’k.
 */
const VARIANT_COST = 0.5;
/** What being the famous one of a name is worth, in powers of ten of population. */
const FAMOUS_BONUS = 0.8;
/**
 * The evidence that places an article in a country (two towns, or a region and a sign): what a famous town's
 * namesake needs before it is weighed at all (Kingston, Ontario beside Brockville and the OPP; London, Ontario only
 * with more of Ontario around it), and what makes a stranger an unlisted place of the article's country.
 */
const PLACED_EVIDENCE = 2;
/** Rounds of letting the towns' choices support each other ("Perth" with "Dundee" and "Fife"); two settle every case seen. */
const ROUNDS = 3;

/** A candidate's score: the logarithm of its population and EVIDENCE_POWER times that of its country's evidence. */
const fit = (population: number, evidence: number) => Math.log10(Math.max(population, 1)) + EVIDENCE_POWER * Math.log10(evidence + PRIOR);

/**
 * The country of each town whose name several countries share, chosen by the
 * company it keeps: each candidate scores the weight of the article's other
 * names in its country (countries, regions, towns, the dateline, the outlet's
 * home) and its population (EVIDENCE_POWER), so balanced evidence leaves the
 * larger place and a town with no other clue is the largest of its name.
 * Returns, per found place, the candidate chosen (undefined for the others);
 * for a small town in a country nothing else in the article is in, a place
 * GeoNames lacks under that name: in the country that holds the article's
 * places ("Williamstown" among Galway towns), or null where no one country does
 * ("Gothenburg" beside Sweden and Denmark is no Nebraska town).
 */
export function chooseTowns(found: readonly FoundPlace[], clues: ArticleClues): (WorldPlace | undefined | null)[] {
	const fixed = new Map<string, number>();
	// Where the article's places are: regions, the dateline and its own signs (towns are added where used), not the
	// countries and world cities it names ("Obama flew from New York to Athens", "Washington said": no story of
	// Athens, Georgia). A famous town's namesake needs that evidence, and a stranger is placed by it (settle below).
	const local = new Map<string, number>();
	const add = (support: Map<string, number>, country: string, weight: number) => support.set(country, (support.get(country) ?? 0) + weight);
	const seen = new Set<string>();
	for (const f of found) {
		if (f.candidates || !f.country) continue;
		const inDateline = f.end <= clues.datelineEnd;
		const key = `${f.name}|${f.country}`;
		if (seen.has(key) && !inDateline) continue;
		seen.add(key);
		const weight = NAME_WEIGHT[f.kind] + (inDateline ? DATELINE_WEIGHT : 0);
		add(fixed, f.country, weight);
		if (inDateline || f.kind === 'region') add(local, f.country, weight);
	}
	const clue = (country: string, weight: number) => (add(fixed, country, weight), add(local, country, weight));
	if (clues.home) clue(clues.home, OUTLET_WEIGHT);
	for (const [country, signs] of clues.locale ?? []) clue(country, signs * LOCALE_WEIGHT);
	// One choice per ambiguous name; a name in the dateline weighs for the others as the dateline does.
	type Town = { candidates: readonly WorldPlace[]; weight: number; choice: WorldPlace; famous: string | null; ownInstitution: boolean };
	const towns = new Map<string, Town>();
	// A shouted dateline's "HYDERABAD" is the text's "Hyderabad".
	const nameOf = (f: FoundPlace) => (/\p{Ll}/u.test(f.name) ? f.name : titleCase(f.name));
	for (const f of found) {
		if (!f.candidates) continue;
		const weight = NAME_WEIGHT[f.kind] + (f.end <= clues.datelineEnd ? DATELINE_WEIGHT : 0);
		const town = towns.get(nameOf(f));
		if (!town) towns.set(nameOf(f), { candidates: f.candidates, weight, choice: f.candidates[0], famous: f.famous ? f.country : null, ownInstitution: !!f.ownInstitution });
		else [town.weight, town.ownInstitution] = [Math.max(town.weight, weight), town.ownInstitution || !!f.ownInstitution];
	}
	const best = (town: Town, support: Map<string, number>) => {
		const { candidates, famous } = town;
		// Named by its own institutions, the famous one is weighed as a town like any other, by size and evidence.
		const fame = town.ownInstitution ? 0 : FAMOUS_BONUS;
		let pick = candidates[0];
		let top = -Infinity;
		// Another spelling's town is meant only where the article is more about its country than any of the spelling's own.
		let ownSupport = 0;
		for (const c of candidates) if (!c.variant) ownSupport = Math.max(ownSupport, support.get(c.country) ?? 0);
		for (const c of candidates) {
			if (c.variant && (support.get(c.country) ?? 0) <= ownSupport) continue;
			// A famous town's namesake needs more than one sign of its country ("New York" alone leaves Athens in Greece);
			// a namesake that is a major city itself, one region (Hyderabad, Sindh).
			if (famous && c.country !== famous && (support.get(c.country) ?? 0) < (c.population >= MAJOR_CITY ? NAME_WEIGHT.region : PLACED_EVIDENCE)) continue;
			const bonus = c.country === famous ? fame : c.variant ? -VARIANT_COST : 0;
			const score = fit(c.population, support.get(c.country) ?? 0) + bonus;
			if (score > top) [pick, top] = [c, score];
		}
		return pick;
	};
	for (const town of towns.values()) town.choice = best(town, town.famous ? local : fixed);
	for (let round = 1; round < ROUNDS; round++) {
		let changed = false;
		for (const [name, town] of towns) {
			const support = new Map(town.famous ? local : fixed);
			for (const [other, o] of towns) if (other !== name && !(town.famous && o.choice.population >= MAJOR_CITY)) add(support, o.choice.country, o.weight);
			const choice = best(town, support);
			if (choice !== town.choice) [town.choice, changed] = [choice, true];
		}
		if (!changed) break;
	}
	// A small town alone of its country, where another country holds the article's places, is more likely a place of
	// that country GeoNames lacks under the name (Delft, Cape Town; Rockingham, Northamptonshire; Williamstown, Galway)
	// than a stranger: it is weighed as an unlisted town there. Only places count for that: the article's regions,
	// dateline, signs and other towns, not the countries and peoples it names, which may only act ("Russia struck
	// Vovchansk"); and only towns whose country is sure ("Frontenac" and "Middlesex" in an Ontario story are no pair
	// of US towns). Failing that, in an article well placed elsewhere, it is dropped ("Gothenburg" beside Sweden and
	// Denmark). Famous towns, capitals, cities and dateline towns stay as chosen.
	// The countries of the towns whose name no other country has.
	const certain = new Set([...towns.values()].filter((t) => t.candidates.every((c) => c.country === t.choice.country)).map((t) => t.choice.country));
	const settle = (name: string, town: Town): WorldPlace | null => {
		const { choice } = town;
		if (town.famous || choice.capital || choice.population >= MAJOR_CITY || town.weight > NAME_WEIGHT.city || fixed.has(choice.country)) return choice;
		const places = new Map(local);
		let [own, elsewhere] = [0, 0];
		for (const weight of fixed.values()) elsewhere += weight;
		for (const [other, o] of towns) {
			if (other === name) continue;
			if (o.choice.country === choice.country) own += o.weight;
			elsewhere += o.weight;
			// Only a place whose country is sure keeps the stranger company: a region, a major city, or one of a
			// country the article names otherwise (San Diego keeps Imperial Beach in the US; Middlesex, another
			// stranger, keeps Frontenac nowhere). A town of a name no other country has places it too; Hamilton,
			// chosen American on size, puts no Warrnambool in the US. Nor does one chosen against size by another town as
			// unsure (Hamilton and Portland, each American for the other); Hastings chosen in New Zealand over England's
			// larger one by the article's Napier, a name no other country has, does place Bay View there.
			const sure = fixed.has(o.choice.country) || o.choice.kind === 'region' || o.choice.population >= MAJOR_CITY || (certain.has(o.choice.country) && o.candidates.some((c) => c.population > o.choice.population));
			if (o.choice.country === choice.country) {
				if (sure) return choice;
			} else if (sure || o.candidates.every((c) => c.country === o.choice.country)) add(places, o.choice.country, o.weight);
		}
		let [leader, lead, all] = ['', 0, 0];
		for (const [country, weight] of places) {
			all += weight;
			if (weight > lead) [leader, lead] = [country, weight];
		}
		const unlisted = lead >= PLACED_EVIDENCE && lead >= LEADING_SHARE * all;
		if (unlisted && fit(UNLISTED_POPULATION, lead) > fit(choice.population, 0)) return { country: leader, population: UNLISTED_POPULATION, kind: 'city' };
		return own === 0 && choice.population < STRANGER_POPULATION && elsewhere >= STRANGER_EVIDENCE ? null : choice;
	};
	const settled = new Map([...towns].map(([name, town]) => [name, settle(name, town)]));
	return found.map((f) => (f.candidates ? settled.get(nameOf(f))! : undefined));
}
