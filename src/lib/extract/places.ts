/**
 * Place mentions at country level. Capitalised token sequences are looked up,
 * longest first, in the built-in gazetteer (countries, demonyms, capitals,
 * regions, seats of power, state bodies, groups) and then, if one is given,
 * in the world's cities; context decides the doubtful ones.
 */
import type { PlaceKind, PlaceMention } from '../domain/types';
import type { PlaceLookup, WorldPlace } from './cities';
import { GAZETTEER, MAX_NAME_TOKENS, type GazetteerEntry } from './gazetteer';
import { GIVEN_NAMES } from './gazetteer/given-names';
import { METONYM_NEXT, NOT_A_CITY, PLACE_NAME_OPENERS, articleSignals, disambiguate, isLeader, isTitle, type Signals } from './place-context';
import { joinable, tokenize, type Token } from './tokens';
import { datelineEnd } from './dateline';
import { endsFirmName, firmNames, isListedFirm, isNamedFirm } from './firms';
import { withHalves } from './halves';
import { localeSigns } from './locale';
import { chooseTowns, cityContext, countyAt, namesItsOwn, personNames, titleCase } from './town-context';

const norm = (s: string) => s.replace(/’/g, "'").replace(/\s+/g, ' ');
const NEEDS_NORM = /’|\s\s|[\t\n]/;
const HAS_LOWER = /\p{Ll}/u;

interface Found {
	start: number;
	end: number;
	country: string | null;
	kind: PlaceKind;
	tokens: number;
	/** The world's towns of this name, one per country, for the article to decide. */
	candidates?: readonly WorldPlace[];
	/** A built-in capital or city whose name towns elsewhere share (FoundPlace.famous). */
	famous?: boolean;
	/** FoundPlace.ownInstitution. */
	ownInstitution?: boolean;
}

/**
 * The article's place mentions. `home` is the outlet's home country when its
 * address or name says it (outlet.ts): one more clue for towns several
 * countries share.
 */
export function findPlaces(text: string, world?: PlaceLookup, home: string | null = null, tokens: Token[] = tokenize(text)): PlaceMention[] {
	const people = world ? personNames(text, tokens, world) : new Set<string>();
	const signals = articleSignals(text);
	const found: Found[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (!tokens[i].capital) continue;
		const f = matchAt(text, tokens, i, world, people, signals);
		if (typeof f === 'number') {
			i += f - 1;
			continue;
		}
		if (!f) continue;
		// "Perth Road", "Ahmadu Bello Way", "French Quarter": a street's or a quarter's name, no mention of the place.
		if (STREET_AFTER.test(text.slice(f.end, f.end + 12))) {
			i += f.tokens - 1;
			continue;
		}
		found.push(f);
		i += f.tokens - 1;
	}
	const later = world ? laterMentions(text, tokens, found, people) : [];
	if (later.length) found.push(...later), found.sort((a, b) => a.start - b.start);
	// Towns shared by several countries go to the one the rest of the article points to (town-context.ts).
	const named = withoutFirms(
		text,
		withoutProducts(
			text,
			found.map((f) => ({ ...f, name: norm(text.slice(f.start, f.end)) }))
		)
	);
	const choices = named.some((f) => f.candidates) ? chooseTowns(named, { home, datelineEnd: datelineEnd(text), locale: localeSigns(text) }) : [];
	const out: PlaceMention[] = [];
	named.forEach((f, k) => {
		const pick = choices[k];
		if (pick === null) return;
		// The famous one keeps its kind (a capital, or its government: "London said"); another town is a town.
		const kind = pick && (pick.country !== f.country || !f.famous) ? pick.kind : f.kind;
		out.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), country: pick ? pick.country : f.country, kind });
	});
	return withCityContext(text, withHalves(text, out));
}

/**
 * One sense per article: a town the article names as a town once ("nearby in Riverdale") is the town at its
 * other mentions as a noun's modifier too, without the locative cue a small town otherwise needs ("the
 * Riverdale gas station", "the Parkland students", "Samos's economy"), as long as each stands alone as a
 * name (cityContext with a big town's leave: not inside a longer name, not a person's). One pass over the
 * tokens, each looked up as the start of the article's town names (at most MAX_TOWN_TOKENS words).
 */
function laterMentions(text: string, tokens: Token[], found: Found[], people: Set<string>): Found[] {
	const towns = new Map<string, Found>();
	const firstWords = new Set<string>();
	for (const f of found) {
		if (!f.candidates || f.kind !== 'city') continue;
		const name = text.slice(f.start, f.end);
		towns.set(name, f);
		firstWords.add(/^[^\s-]+/.exec(name)![0]);
	}
	if (!towns.size) return [];
	const out: Found[] = [];
	// Found places come in reading order: k is the first that does not end before token i.
	let k = 0;
	for (let i = 0; i < tokens.length; i++) {
		while (k < found.length && found[k].end <= tokens[i].start) k++;
		if (!tokens[i].capital || (k < found.length && found[k].start < tokens[i].end) || !firstWords.has(text.slice(tokens[i].start, tokens[i].end))) continue;
		for (let j = i; j < Math.min(tokens.length, i + MAX_TOWN_TOKENS); j++) {
			const name = text.slice(tokens[i].start, tokens[j].end);
			const town = towns.get(name);
			if (!town || people.has(name)) continue;
			const before = text.slice(Math.max(0, tokens[i].start - 30), tokens[i].start);
			const after = text.slice(tokens[j].end, tokens[j].end + 24);
			const modifier = (ARTICLE_BEFORE.test(before) && NOUN_AFTER.test(after)) || POSSESSIVE_AFTER.test(after);
			if (modifier && cityContext(name, Math.max(BIG_TOWN, town.candidates![0].population), tokens, i, j, text, before)) {
				out.push({ ...town, start: tokens[i].start, end: tokens[j].end, tokens: j - i + 1 });
				i = j;
			}
			break;
		}
	}
	return out;
}
/**
 * Where a town's later mention needs no locative cue: as a noun's modifier after an article ("the Riverdale
 * area", "the Parkland students") or owning one ("Samos's economy"). A bare name elsewhere may be a person
 * the town was named like ("Police say Bassett approached").
 */
const ARTICLE_BEFORE = /\b(?:the|a|an|this|that)\s$/i;
const NOUN_AFTER = /^\s(?!(?:and|or|of|in|on|at|to|for|with|by|from|is|was|are|were|has|had|have|will|would|said|says)\b)\p{Ll}{3,}/u;
const POSSESSIVE_AFTER = /^['’]s\s\p{Ll}{3,}/u;
/** The most words a town's name takes ("Rancho Santa Margarita"), for finding its later mentions. */
const MAX_TOWN_TOKENS = 3;
/** What cityContext is told a known town's size is at its later mentions: big enough to need no locative cue. */
const BIG_TOWN = 100_000;

/**
 * A model number after a name ("Boeing 777", "Airbus A320", "Sukhoi Su-24", a
 * "Victoria 2000" tractor) makes it a maker's name on a product, not a place;
 * a year ("Moscow 1980") does not.
 */
const MODEL_AFTER = /^ (?!(?:1[89]|20)\d\d\b)(?:\p{Lu}{1,3}-?)?\d{2,4}(?:-\d{1,4})?\p{Lu}{0,3}(?![\p{L}\d-])(?!\s+(?:million|billion|thousand|hundred|percent|per\b|people|men|women|troops|soldiers|dead|killed)|%|,\d)/u;

/** A model number after the name, or a firm counted like a thing: "a Boeing", "an Airbus" (a body is "the Duma", never "a Duma"). */
function isProduct(text: string, f: { start: number; end: number; kind: PlaceKind }): boolean {
	if (MODEL_AFTER.test(text.slice(f.end, f.end + 24))) return true;
	// … and not a modifier of the noun after it: "an FBI agent".
	return (
		f.kind === 'organisation' &&
		/(?:^|\s)(?:a|an|A|An)\s$/.test(text.slice(Math.max(0, f.start - 4), f.start)) &&
		/^(?:\s*[.,;:!?)]|\s+(?:\w+ing|\w+ed|with|from|to|in|on|at|of|that|which|was|is|had|has)\b)/.test(text.slice(f.end, f.end + 24))
	);
}

/**
 * Names that carry a model number anywhere in the article are a maker there,
 * at every mention: "a Boeing 777 … the Boeing" is a plane both times. A name
 * the article also puts people or things inside ("pupils from across Perth")
 * is a town, and its number another kind ("Perth 800", its eight hundredth year):
 * only that mention goes.
 */
function withoutProducts<F extends { start: number; end: number; name: string; kind: PlaceKind }>(text: string, found: F[]): F[] {
	// Countries and peoples make no products of that name ("British 11-month-old", "Saudi Arabia 180 million").
	const products = found.filter((f) => f.kind !== 'country' && f.kind !== 'demonym' && isProduct(text, f));
	if (!products.length) return found;
	const towns = new Set(found.filter((f) => INSIDE_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start))).map((f) => f.name));
	const makers = new Set(products.map((f) => f.name).filter((name) => !towns.has(name)));
	return found.filter((f) => !makers.has(f.name) && !products.includes(f));
}
/** Words that put something inside a place, as no one writes of a maker ("in Perth", not "in Boeing"). */
const INSIDE_BEFORE = /\b(?:in|across|near|around|outside|inside|throughout)\s$/;

/**
 * A town or region whose name the article gives a firm ("Columbia Pictures Entertainment Inc.", "aluminium
 * producer Alcoa", a list of firms it stands in) is that firm at every mention; a place ending a firm's name
 * ("First of America") is none there, even a country.
 */
function withoutFirms<F extends { start: number; end: number; name: string; kind: PlaceKind; country: string | null; candidates?: readonly WorldPlace[] }>(text: string, found: F[]): F[] {
	const firms = firmNames(text);
	const town = (f: F) => !!f.candidates || f.kind === 'city';
	// A region of a country is never a firm ("Texas"); a region of none may be ("Amazon").
	const mayBeFirm = (f: F) => town(f) || (f.kind === 'region' && !f.country);
	for (const f of found) if (mayBeFirm(f) && isListedFirm(text, f.start, f.end)) firms.add(f.name);
	if (!firms.size) return found;
	return found.filter((f) => !((mayBeFirm(f) && isNamedFirm(text, f.start, f.name, firms, town(f))) || endsFirmName(text, f.start, f.name, firms)));
}

/**
 * The longest gazetteer name starting at token i that the context accepts. Failing that, the number of tokens of
 * the longest name of several words the context did not take: no place starts inside it ("Plenty" is no town of
 * "the Bay of Plenty", told without a cue).
 */
function matchAt(text: string, tokens: Token[], i: number, world: PlaceLookup | undefined, people: Set<string>, signals: Signals): Found | number | null {
	let untaken = 0;
	let last = i;
	while (last + 1 < tokens.length && last - i + 1 < MAX_NAME_TOKENS && joinable(text.slice(tokens[last].end, tokens[last + 1].start))) last++;
	// "the Shire of Denmark", "the Shire of East Pilbara": an Australian shire, whatever else carries its name.
	if (/\bShire of $/.test(text.slice(Math.max(0, tokens[i].start - 9), tokens[i].start))) {
		let j = i;
		while (j < last && tokens[j + 1].capital) j++;
		return { start: tokens[i].start, end: tokens[j].end, country: 'AU', kind: 'region', tokens: j - i + 1 };
	}
	for (let j = last; j >= i; j--) {
		// Names end on a capitalised word ("Trinidad and Tobago"), never on "and" or "the".
		if (!tokens[j].capital) continue;
		const start = tokens[i].start;
		let end = tokens[j].end;
		let name = text.slice(start, end);
		if (NEEDS_NORM.test(name)) name = norm(name);
		let entry = GAZETTEER.get(name);
		// Abbreviations carry their period: "Ky.", "Calif.", "D.C."
		if (text.charCodeAt(end) === 46 && GAZETTEER.has(name + '.')) {
			entry = GAZETTEER.get(name + '.');
			name += '.';
			end++;
		}
		// "Trevor Finn … Finn said": a people's name the article gives a person is the person's.
		if (entry?.kind === 'demonym' && people.has(name)) return null;
		if (entry) {
			const before = text.slice(Math.max(0, start - 30), start);
			const after = text.slice(end, end + 40);
			const accepted = accept(name, entry, signals, before, after);
			if (accepted) {
				const shared = namesakes(name, accepted, world);
				return { start, end, country: accepted.country, kind: kindOf(accepted, after), tokens: j - i + 1, ...shared, ...(shared.famous && { ownInstitution: namesItsOwn(text, start, end) }) };
			}
			untaken ||= j - i + 1;
			// A doubtful region the article gives no sign for may still be a town elsewhere: "Victoria" with Saanich and Nanaimo.
			// (A doubtful country, "Jordan", "Chad", is a person then.)
			if (!entry.ambiguous || entry.kind === 'country') continue;
		}
		if (!world) continue;
		if (name.includes('County') || name.startsWith('Co')) {
			const county = countyAt(name, world, text.slice(end, end + 9));
			if (county) return { start, end, country: county, kind: 'region', tokens: j - i + 1 };
		}
		// "the 1st Ward", "Third District": a numbered unit, not the town of that name.
		if (ORDINAL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
		const places = worldPlaces(world, name);
		const place = places?.[0];
		// "Hamilton City Council" is Hamilton's, not that of a smaller "Hamilton City" (California).
		if (place && CITY_BODY.test(name + text.slice(end, end + 12)) && (world.get(name.slice(0, -5))?.[0]?.population ?? 0) > place.population) continue;
		if (place && !people.has(name)) {
			const before = text.slice(Math.max(0, start - 30), start);
			if (cityContext(name, place.population, tokens, i, j, text, before) || isAppositeRegion(place, name, text, before, end)) {
				return { start, end, country: place.country, kind: place.kind, tokens: j - i + 1, candidates: places![0].population < VARIANTS_BELOW ? withVariants(places!, world.variants?.(name)) : places };
			}
		}
		if (place) untaken ||= j - i + 1;
	}
	return untaken > 1 ? untaken : null;
}

/**
 * The towns elsewhere that share a built-in capital's or city's name ("Kingston", Ontario; "London", Ontario;
 * "Athens", Georgia), for the article to decide between them and the famous one (chooseTowns).
 */
function namesakes(name: string, entry: GazetteerEntry, world: PlaceLookup | undefined): Pick<Found, 'candidates' | 'famous'> {
	if (!world || (entry.kind !== 'capital' && entry.kind !== 'city')) return {};
	const places = worldPlaces(world, name);
	if (!places?.some((p) => p.country !== entry.country && p.population >= NAMESAKE_POPULATION)) return {};
	const own = places.find((p) => p.country === entry.country) ?? { country: entry.country!, population: NAMESAKE_POPULATION, kind: 'city' as const };
	return { candidates: [own, ...places.filter((p) => p.country !== entry.country && p.population >= NAMESAKE_POPULATION)], famous: true };
}
/** The world's places of a name, also as shouted in a dateline: "LOS ANGELES —". */
const worldPlaces = (world: PlaceLookup, name: string) => world.get(name) ?? (HAS_LOWER.test(name) ? undefined : world.get(titleCase(name)));

const ORDINAL_BEFORE = /(?:\b\d+(?:st|nd|rd|th)|\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth))[\s-]$/;

/** A city's own body after its name and "City": "Hamilton City Council". */
const CITY_BODY = / City (?:Council|Hall|Police|Mayor|Councillors?)\b/;
/** A famous town's namesakes smaller than this are never meant. */
const NAMESAKE_POPULATION = 20_000;

/**
 * A first-level region in apposition to a town before it, as local news places a town: "Rockingham,
 * Northamptonshire.", "Oulton Park, Cheshire;" (withCityContext then gives the town the region's country).
 * Only a region of the world gazetteer, and only where punctuation ends the phrase: "Smith, Leicestershire and Brown" may be a list.
 */
function isAppositeRegion(place: WorldPlace, name: string, text: string, before: string, end: number): boolean {
	return place.kind === 'region' && !NOT_A_CITY.has(name) && APPOSED.test(before) && PHRASE_END.test(text.slice(end, end + 3));
}
const APPOSED = /(?:^|[^\p{L}])\p{Lu}[\p{L}.'’-]+,\s$/u;
const PHRASE_END = /^(?:[.,;:!?)]|-|$)/;

/**
 * A town's candidates and the same name's other transliterations in the countries that have no town of this
 * spelling ("Shakhtersk": Sakhalin's, and Ukraine's "Shakhtars’k"); the article decides (chooseTowns). Asked
 * only below VARIANTS_BELOW: a big city's name news spells as GeoNames does.
 */
function withVariants(places: readonly WorldPlace[], variants: readonly WorldPlace[] | undefined): readonly WorldPlace[] {
	if (!variants) return places;
	// Only towns of VARIANT_POPULATION and more are filed by skeleton (world-gazetteer.server.ts).
	const other = variants.filter((v) => !places.some((p) => p.country === v.country));
	return other.length ? [...places, ...other] : places;
}
/** Towns this large are spelt as GeoNames spells them. */
const VARIANTS_BELOW = 100_000;

/**
 * Words after a name that make it a street's, a park's or a quarter's ("Perth Road", "New England Highway",
 * "Riverside Park", "French Quarter"), or another, smaller place's ("Lyons Brook", "Paris Crossing"). No mention of
 * the place, or of a people's country.
 */
const STREET_AFTER = /^ (?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Highway|Hwy|Drive|Lane|Way|Boulevard|Blvd|Parkway|Crescent|Terrace|Quarter|Park|Brook|Creek|Springs|Mills|Crossing|Junction|Landing)(?![\p{L}])/u;

/** A word that opens a place's or a firm's name: a people's name after one closes it ("Cape Breton", "Anglo American"). */
const opensName = (before: string) => {
	const word = /(\p{Lu}\p{L}*) $/u.exec(before)?.[1];
	return !!word && (PLACE_NAME_OPENERS.has(word) || word === 'Latin' || word === 'Anglo');
};

/** "speaks in Spanish", "studying Portuguese": the language, not the country. */
const LANGUAGE_BEFORE = /\b(?:in|into|speak|speaks|spoke|speaking|study|studies|studying|studied|learn|learns|learning|learned|fluent|teach|teaches|teaching|taught|translated|subtitled|dubbed|means|called)\s+$/;
/** "in Ukrainian and Russian waters": two peoples' adjectives sharing a noun, no language. */
const SHARED_NOUN_AFTER = /^\s+(?:and|or)\s+\p{Lu}\p{L}+\s+\p{Ll}/u;
/** "a former English teacher", "Russian speakers", "the Chinese-language press": a language's noun, not the country's. */
const LANGUAGES = new Set('English French German Spanish Portuguese Italian Russian Chinese Mandarin Cantonese Japanese Korean Arabic Dutch Turkish Greek Polish Ukrainian Persian Hindi Urdu Hebrew Swedish'.split(' '));
const LANGUAGE_NOUN_AFTER = /^(?:\s+(?:teachers?|lessons?|class|classes|courses?|speakers?|speaking|language|literature|grammar|dictionary|translations?|translators?|subtitles|tutors?|textbooks?)\b|-(?:language|speaking|speakers?)\b)/;
const LANGUAGE_AFTER = /^(?:\s*[.,;:!?)"”’']|\s+(?:and|or|as|is|was|to|with|at|but|for|because|then|so|after|before|when|while|on|in|during|about|that|than)\b|\s*$)/;

/** A surname that ends a name: " Butler," but not " Usman Buzdar" ("Chief Minister Punjab Usman Buzdar") nor " Provincial Police". */
const TITLED_SURNAME_AFTER = /^ \p{Lu}\p{Ll}+(?![\p{L}'’-]| \p{Lu})/u;

function accept(name: string, entry: GazetteerEntry, signals: Signals, before: string, after: string): GazetteerEntry | null {
	if (entry.needsThe && !/\bthe\s$/i.test(before)) return null;
	// "Bill Holland", "Percy French", "Jack London": a given name makes the place a surname.
	const given = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+) $/u.exec(before);
	if (given && GIVEN_NAMES.has(given[1])) return null;
	// "Councilman Kent Butler said", "Mayor London Breed": a title, the place, a surname that ends the name.
	if (given && isTitle(given[1]) && TITLED_SURNAME_AFTER.test(after)) return null;
	// "Cape Breton", "Anglo American": a people's name closing a longer name is no people of a country.
	if (entry.kind === 'demonym' && opensName(before)) return null;
	if (entry.kind === 'demonym' && LANGUAGE_BEFORE.test(before) && LANGUAGE_AFTER.test(after) && !SHARED_NOUN_AFTER.test(after)) return null;
	if (entry.kind === 'demonym' && LANGUAGES.has(name) && LANGUAGE_NOUN_AFTER.test(after)) return null;
	if (entry.ambiguous) return disambiguate(name, entry, signals, before, after);
	if (entry.kind === 'country' || entry.kind === 'capital' || entry.kind === 'city' || entry.kind === 'region') {
		// "Denzel Washington", "Theresa May's Britain" is fine, "Paris Hilton" and "Iber Guerrero Lopez" are not. A city
		// inside a longer name ("Bruhat Bengaluru Mahanagara Palike", the city's corporation) is the city's.
		const prev = /([\p{Lu}][\p{L}]+)\s$/u.exec(before);
		if (prev && !isLeader(prev[1]) && !GAZETTEER.has(prev[1]) && (entry.kind === 'region' || !/[.!?:"“]\s*\S+\s$/.test(before))) {
			// A region's name between two of a person's ends it: not "West Region Ontario Provincial Police".
			if (entry.kind === 'region' ? TITLED_SURNAME_AFTER.test(after) : entry.kind === 'country' ? /^\s\p{Lu}/u.test(after) : !/^\s\p{Lu}\p{L}+\s\p{Lu}/u.test(after)) return null;
		}
	}
	return entry;
}

/** Capitals acting as subjects are metonyms; "U.S.-led" is an adjective. */
function kindOf(entry: GazetteerEntry, after: string): PlaceKind {
	if (entry.kind === 'capital' && METONYM_NEXT.test(after)) return 'metonym';
	if (entry.kind === 'country' && /^-(?:led|backed|based|made|brokered|funded|born|owned|sponsored|style)\b/.test(after)) return 'demonym';
	return entry.kind;
}

/** "Slidell, La." and "Paris, Texas": a town followed by its region or country is in that country. */
function withCityContext(text: string, places: PlaceMention[]): PlaceMention[] {
	for (let k = 0; k + 1 < places.length; k++) {
		const a = places[k];
		const b = places[k + 1];
		if (!b.country || (b.kind !== 'region' && b.kind !== 'country')) continue;
		if (text.slice(a.end, b.start) !== ', ') continue;
		if (/^\s*(?:'s|’s|\p{Lu})/u.test(text.slice(b.end, b.end + 3))) continue;
		// "Trips to Saipan, Guam, Alaska and Hawaii": a list of places goes on, no town is placed by the next.
		if (/^,\s+(?:and\s+)?\p{Lu}/u.test(text.slice(b.end, b.end + 8)) && !/^,\s+(?:Gov|Sen|Rep|Mayor|President)\b/.test(text.slice(b.end, b.end + 12))) continue;
		if ((a.kind === 'capital' || a.kind === 'city') && a.country !== b.country) places[k] = { ...a, country: b.country, kind: 'city' };
	}
	return places;
}
