import { coarseness, dateRelation, type DateRelation, width } from './dates';
import type { DocumentFrequency } from './idf';
import type { Mention, Story } from './types';

/** Why a mention joins a story or not: each signal, so a reader (and a test) can see the reason. */
export interface JoinDecision {
	joins: boolean;
	relation: DateRelation;
	/** Countries both name; -1 when one side names none. */
	sharedCountries: number;
	/** The story holds another event of the mention's own sentence. */
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
	const sharedCountries = mention.countries.length && story.countries.size ? mention.countries.filter((c) => story.countries.has(c)).length : -1;
	const words = wordAgreement(mention, story, idf);
	let required = BASE_AGREEMENT;
	if ((relation === 'contains' || relation === 'within') && mention.span && story.span) required += PER_DECADE * Math.log10(coarseness(mention.span, story.span));
	if (relation === 'next') required += NEXT_DAY;
	if (sharedCountries < 0 || (sharedCountries === 0 && mention.ownCountries === false)) required += NO_COUNTRY;
	else if (sharedCountries === 0) required += OTHER_COUNTRIES;
	// The extractor told two events apart in one sentence: they are two happenings, whatever their shared words say.
	const sameSentence = story.mentions.some((m) => m.articleId === mention.articleId && m.sentence === mention.sentence);
	const otherLead = relation === 'contains' && mention.span !== null && width(mention.span) >= YEAR_DAYS && mention.ownCountries !== false && mention.countries.length > 0 && !story.countries.has(mention.countries[0]);
	const joins = relation !== 'apart' && !sameSentence && !otherLead && words >= required;
	return { joins, relation, sharedCountries, sameSentence, otherLead, words, required, margin: words - required };
}

/**
 * The share of the mention's word weight (idf², a context word at half) that
 * the story holds: a shared word counts in full however few of the story's
 * mentions hold it.
 */
export function wordAgreement(mention: Mention, story: Story, idf: DocumentFrequency): number {
	let total = 0;
	let shared = 0;
	// Two loops, not one helper: this runs for every candidate of every mention.
	for (const w of mention.words) {
		const weight = idf.weight(w) ** 2;
		total += weight;
		if (story.words.has(w)) shared += weight;
	}
	for (const w of mention.context) {
		const weight = idf.weight(w) ** 2 * CONTEXT;
		total += weight;
		if (story.words.has(w)) shared += weight;
	}
	return total > 0 ? shared / total : 0;
}

/** What a word of the sentence around the clause (or of the headline) counts against a word of the clause itself. */
const CONTEXT = 0.5;
