/**
 * Context tests for names that are not always places: "Jordan" the person,
 * "Georgia" the US state, a town called "Police". Each looks only at the
 * words around a match and at the article's other signals.
 */
import type { GazetteerEntry } from './gazetteer';

/** Capitalised words that may precede a place without making it part of a person's or a firm's name. */
const LEADERS = new Set(
	(
		'In The From At To And But For On Of By With As After Before Since While When Both Across Inside Outside Near Like Unlike ' +
		'North South East West Northern Southern Eastern Western Central Greater Upper Lower Inner Outer Mainland Metropolitan Downtown ' +
		'Neighbouring Neighboring Rural Urban Coastal If Although Despite Over Under Into Than Across Throughout Between Against Via Then ' +
		'Rebel Occupied Communist Democratic Imperial Soviet Tsarist Modern Ancient Today Yesterday However Meanwhile Elsewhere Also Even Only Why How What Where Who ' +
		// "In July Beijing opened …", "On Monday Moscow said …"
		'January February March April May June July August September October November December ' +
		'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
	).split(' ')
);

export const isLeader = (word: string) => LEADERS.has(word);

/** Titles before a person's name: "Ambassador Prudence Bushnell", "President Putin", "Mrs May". */
const TITLES = /^(?:Ambassador|President|Premier|Vice|Minister|Secretary|Senator|Sen|Rep|Representative|Gov|Governor|General|Gen|Judge|Justice|Chancellor|Mayor|Chairman|Chairwoman|Director|Spokesman|Spokeswoman|Commissioner|Deputy|Envoy|Officer|Agent|Attorney|Dr|Mr|Mrs|Ms|Prof|Professor|Lt|Col|Capt|Sgt|Admiral|Bishop|Pope|King|Queen|Prince|Princess|Sheikh|Ayatollah|Leader|leader|Miss|Detective|Inspector|Coach|Captain|Councilman|Councilwoman|Councillor|Councilor|Cllr|Alderman|Trustee|Supervisor|Superintendent|Constable|Sergeant)$/;
export const isTitle = (word: string) => TITLES.test(word);

/** A verb or possessive after a capital makes it a metonym: "Beijing opened", "Moscow's role". */
export const METONYM_NEXT =
	/^(?:'s|’s|\s+(?:said|says|has|have|had|will|would|could|may|might|must|should|is|was|wants|wanted|accused|accuses|announced|opened|banned|warned|insists|insisted|denied|denies|rejected|responded|agreed|agrees|plans|planned|claims|claimed|blamed|believes|considers|hopes|fears|sees|called|demanded|refused|threatened|approved|imposed|urged|signed|backed|supports|supported|condemned|criticised|criticized|sent|launched|hit|struck|retaliated|expelled|recalled))\b/;

/** A place whose name is also a surname or word needs a supporting signal elsewhere in the article. */
interface Signal {
	/** Words that show the article means the country. */
	country: RegExp;
	/** Words that show it means another place of the same name, and that place. */
	other?: { re: RegExp; entry: GazetteerEntry };
	/** Without either sign, still the built-in place (a region two countries have), not a person or a word. */
	placeAnyway?: boolean;
}

const SIGNALS: Record<string, Signal> = {
	Georgia: {
		country: /\b(?:Tbilisi|Georgian|Abkhaz|Ossetia|Saakashvili|Caucasus|Batumi|Kremlin|Russia)/,
		other: {
			re: /\b(?:Atlanta|Savannah|Augusta|Ga\.|Alabama|Florida|Carolina|Tennessee|Gov\.|Governor|state of Georgia|Georgia state|Georgia's governor|Republican|Democrat|Senate|county|County)/,
			entry: { country: 'US', kind: 'region', ambiguous: false }
		}
	},
	Jordan: {
		country: /\b(?:Amman|Jordanian|Israel|Syria|Iraq|Palestin|Lebanon|Saudi|Egypt|Middle East|King Abdullah|Hashemite|refugee|West Bank|Gulf)/
	},
	Chad: { country: /\b(?:N'Djamena|Chadian|Africa|Sudan|Niger|Libya|Cameroon|Nigeria|Sahel|Boko Haram|Deby)/ },
	Niger: { country: /\b(?:Niamey|Nigerien|Africa|Mali|Burkina|Chad|Nigeria|Sahel|Libya|Algeria)/ },
	Victoria: { country: /\b(?:Australia|Melbourne|Australian|New South Wales|Queensland|Tasmania|Geelong)/ },
	// India's state and Pakistan's province: a place either way, India's unless the article is Pakistan's.
	Punjab: {
		country: /\b(?:India|Indian|Chandigarh|Amritsar|Ludhiana|Jalandhar|Patiala|Haryana|Delhi|BJP|AAP|crore|lakh)/,
		other: {
			re: /\b(?:Pakistan|Pakistani|Lahore|Multan|MULTAN|Faisalabad|Rawalpindi|Gujranwala|Sialkot|Bahawalpur|Islamabad|Sindh|PML-N|PTI)/,
			entry: { country: 'PK', kind: 'region', ambiguous: false }
		},
		placeAnyway: true
	},
	'Washington State': { country: /./ }
};

/** Which place a doubtful name is in an article: the country, the other place of that name, or none. */
type Verdict = 'country' | 'other' | 'none';

/** The article's verdict on a doubtful name's signal (articleSignals). */
export type Signals = (signal: Signal) => Verdict;

/**
 * The article's verdict on each doubtful name, read from the whole text once
 * per name and article, not at each of the name's mentions.
 */
export function articleSignals(text: string): Signals {
	const verdicts = new Map<Signal, Verdict>();
	return (signal) => {
		let verdict = verdicts.get(signal);
		if (verdict === undefined) {
			verdict = verdictOf(signal, text);
			verdicts.set(signal, verdict);
		}
		return verdict;
	};
}

function verdictOf(signal: Signal, text: string): Verdict {
	if (signal.other && signal.other.re.test(text)) {
		const countryHits = (text.match(new RegExp(signal.country.source, 'g')) ?? []).length;
		const otherHits = (text.match(new RegExp(signal.other.re.source, 'g')) ?? []).length;
		return otherHits >= countryHits ? 'other' : 'country';
	}
	return signal.country.test(text) ? 'country' : 'none';
}

/**
 * What an ambiguous name means in this article: the entry itself, another
 * place of the same name, or null (not a place: the person, the word).
 * `signals` is the article's (articleSignals).
 */
export function disambiguate(name: string, entry: GazetteerEntry, signals: Signals, before: string, after: string): GazetteerEntry | null {
	const key = name.charAt(0) + name.slice(1).toLowerCase();
	const signal = SIGNALS[key] ?? SIGNALS[name];
	// A capitalised word glued on either side makes it part of a person's name ("Michael Jordan", "Jordan Peterson"),
	// unless the name is no one's ("Punjab Police").
	if (!signal?.placeAnyway) {
		if (/\p{Lu}[\p{L}.]*\s$/u.test(before) && !isLeader(/(\S+)\s$/.exec(before)?.[1] ?? '')) return null;
		if (/^\s\p{Lu}/u.test(after) && !/^\s(?:and|or)\b/.test(after)) return null;
	}
	if (!signal) return entry;
	const verdict = signals(signal);
	return verdict === 'other' ? signal.other!.entry : verdict === 'country' || signal.placeAnyway ? entry : null;
}

/**
 * Words that open a place's name ("Port Stephens", "Lake Macquarie", "Co Kerry", "Cape Breton"): the name that
 * follows closes it, and is no person's or people's.
 */
export const PLACE_NAME_OPENERS = new Set('New San Santa Los Las Saint St Sao Port Fort Mount Lake Cape Co County'.split(' '));

/**
 * Towns named after people whose name news mostly means the person by: a town only where nothing but a place
 * fits, after "in", "at", "near" …, before "police", "residents" …, or with its state ("Jackson, Miss.").
 */
export const SURNAME_TOWNS = new Set('Jackson Lincoln Franklin Jefferson Hamilton Madison Wilson Taylor Clay Marion Allen Tyler Davis Milton'.split(' '));

/**
 * Capitalised words that are also towns somewhere (GeoNames has a Police, a
 * Mobile, a Best): never a city on their own.
 */
export const NOT_A_CITY = new Set(
	(
		'A An The This That These Those It Its He She They We You I His Her Their Our My Your Who What When Where Why How ' +
		'Police Mobile Best Nice Split Orange Reading Bath Sale Deal Mission Progress Independence Liberty Unity Union Victory Hope Faith Friendship ' +
		'Justice Commerce Enterprise Industry Energy Marine Wall Street Park Lake River Beach Hill Valley Mountain Spring Summer Winter Fall Autumn ' +
		'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec March May June July August Monday Tuesday Wednesday Thursday Friday Saturday Sunday President Minister Prime Governor Mayor Senator King Queen Prince ' +
		'General Major Captain Chief Judge Justice Officer Agent Doctor Professor Bishop Pope Father Mother Brother Sister Son Daughter ' +
		'University College School Hospital Center Centre Church Airport Station Square Road Bridge Tower Hall Palace House Court Office Department ' +
		'Congress Parliament Senate Cabinet Treasury Pentagon Capitol Assembly Party Army Navy Force Forces Council Committee Commission Ministry Bank Group Company Corporation Media News Press Post Times Daily Mail Sun Star ' +
		'Twitter Facebook Google Apple Amazon Toyota Honda Nissan Mazda Subaru Windows Internet Web Online Digital Data Cloud Software ' +
		'Reuters Bloomberg AFP AP CNN BBC Fox Sky Premier League Cup Open Games Olympic Olympics World ' +
		'Christian Christ Jesus God Allah Islam Muslim Jewish Catholic Buddha Kurds Republican Democrat Democrats Republicans Labour Conservative Tory Liberal ' +
		'Trump Obama Clinton Bush Putin Xi Merkel Macron Modi Washington Ali ' +
		'Love Home Gold Silver Diamond Crystal Golden Royal Grand Central Union Federal National International Global Royal ' +
		'Same Many More Most Other Some Any Every Each New Old Young Big Little Great Good Bad High Low Long Short Early Late First Last Next ' +
		'Man Men Woman Women People Child Children Family Friends Team Club Fans Players Player Coach Manager Director CEO Chairman ' +
		'Here There Now Then Today Yesterday Tomorrow Tonight Also Even Only Just Still Yet However Meanwhile Moreover Indeed ' +
		'Read Watch Click Follow Share Subscribe Sign Photo Video Image Getty Images Caption Source Update Breaking Live ' +
		'Security Health Education Science Technology Research Development Trade Business Finance Economy Market Markets Policy Law Rights ' +
		'Bay Free Capital Wing Well Salt Roma Zara Bravo Mary Paul Maria Keith Burns Watson ' +
		'Blue Green Red White Black Brown Gray Grey Pink Purple Yellow Man Boy Girl Dog Cat Horse Eagle Bear Lion Tiger Wolf Fox'
	)
		.split(/\s+/)
		// Names of more than one word, which the list above cannot hold: the ocean's warm and cold phases.
		.concat('El Niño', 'La Niña')
);
