import { coarseness, dateRelation, type DateRelation, width } from './dates';
import type { DocumentFrequency } from './idf';
import type { Mention, Story } from './types';

/** Why a mention joins a story or not: each signal, so a reader (and a test) can see the reason. */
export interface JoinDecision {
	joins: boolean;
	relation: DateRelation;
	/** Countries both name; -1 when one side names none. */
	sharedCountries: number;
	/** The story holds another event of the mention's own sentence (looked for only when dates and words would join). */
	sameSentence: boolean;
	/**
	 * A year-long (or longer) mention of a finer story whose leading country, one the clause names itself, the story
	 * does not name: "Japan joined Western sanctions against Russia in 2014" is Japan's own happening, not the day
	 * the United States and the European Union imposed theirs, however many words they share.
	 */
	otherLead: boolean;
	/** Share of the mention's word weight the story holds (0–1). */
	words: number;
	/** What `words` had to reach, given the dates and countries. */
	required: number;
	/** How far above the bar: the best candidate is the one with most to spare. */
	margin: number;
}

/** Days from which a mention's date is year-level (a year, or a span as long): of a finer story, it must agree on the country it is about. */
const YEAR_DAYS = 365;
/** Word agreement that joins two mentions of the same days and countries. */
export const BASE_AGREEMENT = 0.15;
/** Added per tenfold coarseness of the dates: a month mention of a day-precise story must agree much more. */
const PER_DECADE = 0.05;
/** Added for the day next to the story's: neighbouring days hold distinct happenings as often as one told twice. */
const NEXT_DAY = 0.1;
/** Added when one side names no country: only the words then vouch for the place. */
const NO_COUNTRY = 0.15;
/**
 * Added when both name countries and none is shared: the extractor's countries can be wrong, so this is no veto.
 * Countries the clause does not name itself (borrowed from its sentence or before) count as none named.
 */
const OTHER_COUNTRIES = 0.3;

/**
 * Whether a careful reader would take the mention for another telling of the
 * story: the dates must be the same days or one must contain the other, the
 * countries must overlap (when both name some), and the clause's words must
 * be the story's — weighted by rarity, so shared names and numbers count and
 * shared "said" does not. The coarser the date, the stronger the words must agree.
 */
export function decideJoin(mention: Mention, story: Story, idf: DocumentFrequency): JoinDecision {
	const relation = mention.span && story.span ? dateRelation(mention.span, story.span) : 'apart';
	const sharedCountries = mention.countries.length && story.countries.size ? countShared(mention.countries, story.countries) : -1;
	const words = wordAgreement(mention, story, idf);
	const required = wordBar(mention, story, relation, sharedCountries);
	// The extractor told two events apart in one sentence: they are two happenings, whatever their shared words say.
	// Looked for only when the rest would join: it scans the story's mentions, thousands in a big story.
	const sameSentence = relation !== 'apart' && words >= required && story.mentions.some((m) => m.articleId === mention.articleId && m.sentence === mention.sentence);
	const otherLead = relation === 'contains' && mention.span !== null && width(mention.span) >= YEAR_DAYS && mention.ownCountries !== false && mention.countries.length > 0 && !story.countries.has(mention.countries[0]);
	const joins = relation !== 'apart' && !sameSentence && !otherLead && words >= required;
	return { joins, relation, sharedCountries, sameSentence, otherLead, words, required, margin: words - required };
}

/**
 * False when `decideJoin` would certainly turn the story down for its dates or
 * its words; true when it may join, and only `decideJoin` can tell. Cheap, for
 * the many candidates the index offers and the join declines: the mention's
 * words are looked up in the story heaviest first, and the look stops as soon
 * as the weight the story lacks leaves the bar out of reach — a story that
 * lacks the mention's rare names is turned down after a lookup or two, with
 * no decision object made.
 */
export function mayJoin(mention: Mention, story: Story, idf: DocumentFrequency): boolean {
	if (!mention.span || !story.span) return false;
	const relation = dateRelation(mention.span, story.span);
	if (relation === 'apart') return false;
	const sharedCountries = mention.countries.length && story.countries.size ? countShared(mention.countries, story.countries) : -1;
	const weights = weighed(mention, idf);
	// The story may hold at most this much of the mention's weight: all of it, less what it is found to lack.
	// Declined only below the bar by a margin no rounding of decideJoin's own sum can cross.
	const reachable = lastTotal * (1 - wordBar(mention, story, relation, sharedCountries)) * (1 - 1e-9);
	const { words, context } = mention;
	let lacking = 0;
	for (let k = 0; k < lastCount; k++) {
		const i = lastOrder[k];
		if (story.words.has(i < words.length ? words[i] : context[i - words.length])) continue;
		lacking += weights[i];
		if (lacking > reachable) return false;
	}
	return true;
}

/** The word agreement a mention must reach to join the story, given how their dates and countries stand. */
function wordBar(mention: Mention, story: Story, relation: DateRelation, sharedCountries: number): number {
	let required = BASE_AGREEMENT;
	if ((relation === 'contains' || relation === 'within') && mention.span && story.span) required += PER_DECADE * Math.log10(coarseness(mention.span, story.span));
	if (relation === 'next') required += NEXT_DAY;
	return required + countryPenalty(sharedCountries, mention.ownCountries);
}

/** What the countries add to the bar: nothing when one is shared, more when the clause's own differ than when none is named. */
export function countryPenalty(sharedCountries: number, ownCountries: boolean | undefined): number {
	if (sharedCountries < 0 || (sharedCountries === 0 && ownCountries === false)) return NO_COUNTRY;
	return sharedCountries === 0 ? OTHER_COUNTRIES : 0;
}

/** How many of the mention's countries the story names: a loop, not a filtered copy, as it runs for every candidate. */
function countShared(countries: readonly string[], story: ReadonlyMap<string, number>): number {
	let n = 0;
	for (const c of countries) if (story.has(c)) n++;
	return n;
}

/**
 * The share of the mention's word weight (idf², a context word at half) that
 * the story holds: a shared word counts in full however few of the story's
 * mentions hold it.
 */
export function wordAgreement(mention: Mention, story: Story, idf: DocumentFrequency): number {
	const weights = weighed(mention, idf);
	let shared = 0;
	// Two loops, not one helper: this runs for every candidate of every mention.
	const { words, context } = mention;
	for (let i = 0; i < words.length; i++) if (story.words.has(words[i])) shared += weights[i];
	for (let i = 0; i < context.length; i++) if (story.words.has(context[i])) shared += weights[words.length + i];
	return lastTotal > 0 ? shared / lastTotal : 0;
}

/**
 * The rarity (idf) of each of the mention's words, clause then context: what its index tokens are chosen by, looked
 * up once with its weights. Valid until the next mention is weighed.
 */
export function rarities(mention: Mention, idf: DocumentFrequency): Float64Array {
	weighed(mention, idf);
	return lastRarities;
}

/**
 * The weight of each of the mention's words (clause, then context), and in all (`lastTotal`), kept for the
 * mention last weighed while the rarities stay as they were: a mention is compared with every candidate
 * story at the same rarities, and looking up each word's rarity once per candidate was most of the join's
 * cost. The same sums in the same order as per candidate, so the same decisions. With them, the words' order
 * by weight, heaviest first (`lastOrder`, of `lastCount`), for `mayJoin`.
 */
function weighed(mention: Mention, idf: DocumentFrequency): Float64Array {
	if (mention === lastMention && idf === lastIdf && idf.version === lastVersion) return lastWeights;
	const n = mention.words.length + mention.context.length;
	if (lastWeights.length < n) lastWeights = new Float64Array(Math.max(n, lastWeights.length * 2));
	lastTotal = 0;
	let i = 0;
	if (lastRarities.length < n) lastRarities = new Float64Array(Math.max(n, lastRarities.length * 2));
	for (const w of mention.words) lastTotal += lastWeights[i] = (lastRarities[i++] = idf.weight(w)) ** 2;
	for (const w of mention.context) lastTotal += lastWeights[i] = (lastRarities[i++] = idf.weight(w)) ** 2 * CONTEXT;
	// Insertion sort: a clause and its sentence hold a few dozen words.
	if (lastOrder.length < n) lastOrder = new Int32Array(Math.max(n, lastOrder.length * 2));
	for (let k = 0; k < n; k++) {
		let at = k;
		while (at > 0 && lastWeights[lastOrder[at - 1]] < lastWeights[k]) lastOrder[at] = lastOrder[at - 1], at--;
		lastOrder[at] = k;
	}
	lastCount = n;
	lastMention = mention;
	lastIdf = idf;
	lastVersion = idf.version;
	return lastWeights;
}
let lastMention: Mention | null = null;
let lastIdf: DocumentFrequency | null = null;
let lastVersion = -1;
let lastWeights = new Float64Array(64);
let lastTotal = 0;
let lastOrder = new Int32Array(64);
let lastRarities = new Float64Array(64);
let lastCount = 0;

/** What a word of the sentence around the clause (or of the headline) counts against a word of the clause itself. */
const CONTEXT = 0.5;
