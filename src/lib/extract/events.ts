/**
 * Events from sentences: one per thing that happened, not one per sentence.
 * A sentence is cut into clauses around its dates, so "said Monday that
 * Beijing opened an inquiry in July" gives the statement (Monday) and the
 * reported event (July) each their own event. A sentence without a date
 * inherits the previous one's only when it plainly continues it ("The deal
 * …"), and then with lower confidence.
 */
import { bisector } from 'd3-array';
import { coverage } from '../domain/timex';
import type { DateMention, ExtractedEvent, PlaceMention } from '../domain/types';
import type { PersonMention } from './people';
import { clausesOf, isAlternative, isBaseline, isComparison, isNounModifier, isRestated, toldIn, type Clause } from './clauses';
import { confidence, type Doubt } from './confidence';
import { datelineEnd } from './dateline';
import type { Sentence } from './sentences';
import { summariser } from './summary';

/** A sentence that continues the previous one's story. */
const CONTINUES = /^(?:The (?:deal|move|agreement|decision|plan|announcement|step|measure|talks|meeting|visit|attack|incident|ban|sanctions|inquiry|investigation|report|order)|This|That|These|It|Its|They|He|She)\b/;
/** Kinds that name a country outright weigh more than a passing adjective. */
const WEIGHT: Record<string, number> = { country: 3, metonym: 3, person: 2, capital: 2.5, organisation: 2, city: 2, region: 2, demonym: 1.5, other: 1 };
const byFirst = bisector((b: { first: number }) => b.first);
/**
 * What tells an event's countries: a place, or a person of a country (people.ts), who names it as a state
 * body does ("Putin said" as "the Kremlin said"), though with less weight than the country's own name.
 */
type Actor = Pick<PlaceMention, 'start' | 'end' | 'country'> & { kind: PlaceMention['kind'] | 'person' };
const byStart = bisector((p: Actor) => p.start);
/** A clause with fewer words than this besides its date, in a sentence with as few, is a dateline or a byline. */
const FEWEST_WORDS = 3;

/** One sentence with what the event builder needs of it. */
interface Read {
	sentence: Sentence;
	/** Its dates that a timeline can place (calendar values), none inside an interval of its own. */
	dates: DateMention[];
	/** Its places in a country, and its people. */
	places: Actor[];
	/** Their countries by salience. */
	countries: string[];
}

/**
 * `unnamedCountry` gives, if known, the country of an article whose text names
 * none (a local paper's "the council"): its headline's or its outlet's (index.ts).
 */
export function buildEvents(
	text: string,
	sentences: Sentence[],
	dates: DateMention[],
	placeMentions: PlaceMention[],
	people: PersonMention[] = [],
	unnamedCountry: () => string | null = () => null
): ExtractedEvent[] {
	const places = (people.length ? actors(placeMentions, people) : placeMentions).filter((p) => !isSource(text, p));
	const events: ExtractedEvent[] = [];
	const sameParagraph = paragraphs(text);
	const datesIn = bySentence(dates, sentences, (d) => coverage(d.value) !== null);
	const placesIn = bySentence(places, sentences, (p) => !!p.country);
	const articleCountries = once(() => {
		const named = leading(countriesWeighed(places.filter((p) => p.country)));
		const home = named.length ? null : unnamedCountry();
		return home ? [home] : named;
	});
	let previous: { date: DateMention; sentence: Sentence } | null = null;
	// The last sentence that named countries, for a dated sentence that names none ("Snowden had filed his request in mid-July.").
	let lastNamed: Read | null = null;
	sentences.forEach((sentence, i) => {
		const read: Read = { sentence, dates: withoutPartsOfIntervals(datesIn[i]), places: placesIn[i], countries: countriesOf(placesIn[i]) };
		// A sentence that names no country tells of the article's actors, less surely than of its own places: within
		// its paragraph, those the paragraph named last ("The fourth, in January, led to …"); past its paragraph, and
		// before the article names any place (a local paper's "Government will next Monday begin …"), the article's
		// own countries, not whichever the last paragraph happened to name ("The rouble has lost 40 percent this
		// year", after a paragraph ending in Minsk, is Russia's).
		const context: Context =
			lastNamed && sameParagraph(lastNamed.sentence, sentence)
				? { countries: lastNamed.countries, doubt: 'countriesFromParagraph' }
				: { countries: articleCountries(), doubt: 'countriesFromArticle' };
		if (read.places.length) lastNamed = read;
		if (!read.dates.length) {
			const continued = previous && continuesStory(read, previous.sentence, sameParagraph);
			if (continued) events.push(event(sentence, previous!.date, read.countries, summariser(sentence.text)(sentence.text), ['inheritedDate']));
			return;
		}
		const made = clauseEvents(text, read, context);
		events.push(...made.events);
		// A sentence that continues the story continues its main clause's happening, not a date that only named
		// a thing ("a 2010 NSA document") or told of a noun ("relations that began in 1995").
		previous = made.main ? { date: made.main, sentence } : null;
	});
	return events;
}

/** The countries an earlier sentence named, for a sentence that names none, and the doubt borrowing them costs. */
interface Context {
	countries: string[];
	doubt: 'countriesFromParagraph' | 'countriesFromArticle';
}

/**
 * One event per date of the sentence (the first clause of each date value), with the clause's countries;
 * `main` is the last date that dated a main clause (for a next sentence that continues it).
 */
function clauseEvents(text: string, read: Read, context: Context): { events: ExtractedEvent[]; main: DateMention | null } {
	const out: ExtractedEvent[] = [];
	let main: DateMention | null = null;
	const seen = new Set<string>();
	const summary = summariser(read.sentence.text);
	const sentenceWords = once(() => words(read.sentence.text));
	let before: DateMention | null = null;
	const dates = read.dates;
	for (const [k, clause] of clausesOf(read.sentence, dates).entries()) {
		const previousDate = before;
		before = clause.date;
		const next = dates[k + 1];
		if (next && isRestated(clause.date, text.slice(clause.date.end, next.start), next)) continue;
		if (seen.has(clause.date.value)) continue;
		seen.add(clause.date.value);
		if (previousDate && isAlternative(text.slice(previousDate.end, clause.date.start))) continue;
		if (isDateline(text, clause, sentenceWords) || isComparison(text, clause) || isBaseline(text, clause) || isNounModifier(text, clause)) continue;
		const told = toldIn(text, clause);
		const { countries, doubts } = told.noun ? nounCountries(told, clause, read, context) : clauseCountries(clause, read, context);
		if (!countries.length) continue;
		if (clause.date.granularity === 'year' || clause.date.granularity === 'decade') doubts.push('coarseDate');
		out.push(event(clause, clause.date, countries, summary(told.words, clause.date.text, told.noun), doubts));
		if (!told.noun) main = clause.date;
	}
	return { events: out, main };
}

/**
 * The clause's countries: its own places', else its sentence's, else those the
 * paragraph's previous sentence named, else those the article named last;
 * each step away from the clause is a doubt.
 */
function clauseCountries(clause: Clause, read: Read, context: Context): { countries: string[]; doubts: Doubt[] } {
	const local = placesWithin(read.places, clause);
	if (local.length) return { countries: countriesOf(local), doubts: [] };
	if (read.countries.length) return { countries: read.countries, doubts: ['countriesFromSentence'] };
	return { countries: context.countries, doubts: ['countriesFromSentence', context.doubt] };
}

/**
 * A noun's relative clause ("the normalisation of relations that began in 1995") tells of that noun: its
 * own places, else the story's actors so far rather than a place the rest of the sentence names ("not
 * about China but about completing the normalisation …" is no Chinese happening).
 */
function nounCountries(told: { start: number }, clause: Clause, read: Read, context: Context): { countries: string[]; doubts: Doubt[] } {
	const own = placesWithin(read.places, { start: told.start, end: clause.end });
	if (own.length) return { countries: countriesOf(own), doubts: [] };
	if (context.countries.length) return { countries: context.countries, doubts: ['countriesFromSentence', context.doubt] };
	return clauseCountries(clause, read, context);
}

/**
 * A bare dateline ("August 18, 2014", "Updated Monday") or byline is no event: hardly a word besides the date, in
 * the clause and in the sentence, and none of them a lower-case word telling something ("Motorists protested
 * last week." is a short sentence, not a stamp).
 */
function isDateline(text: string, clause: Clause, sentenceWords: () => number): boolean {
	const dateWords = words(clause.date.text);
	if (words(text.slice(clause.start, clause.end)) - dateWords >= FEWEST_WORDS || sentenceWords() - dateWords >= FEWEST_WORDS) return false;
	const around = text.slice(clause.start, clause.date.start) + ' ' + text.slice(clause.date.end, clause.end);
	return !(around.match(/\p{L}+/gu) ?? []).some((w) => /^\p{Ll}/u.test(w) && !STAMP_WORDS.has(w));
}
/** The lower-case words of a time stamp: "posted on", "last updated at". */
const STAMP_WORDS = new Set(['posted', 'updated', 'published', 'modified', 'last', 'first', 'on', 'at', 'by', 'am', 'pm', 'a', 'p', 'm']);

/** An undated sentence continues the previous dated one's story when it says so ("The deal …"), in the same paragraph, about countries. */
function continuesStory(read: Read, previous: Sentence, sameParagraph: (a: Sentence, b: Sentence) => boolean): boolean {
	return CONTINUES.test(read.sentence.text) && sameParagraph(previous, read.sentence) && read.places.length > 0;
}

/**
 * The mentions that start inside each sentence and pass `keep`, sentence by
 * sentence (mentions are in reading order; one lying between sentences belongs to none).
 */
function bySentence<T extends { start: number }>(mentions: T[], sentences: Sentence[], keep: (m: T) => boolean): T[][] {
	let k = 0;
	return sentences.map((s) => {
		const inside: T[] = [];
		for (; k < mentions.length && mentions[k].start < s.end; k++) if (mentions[k].start >= s.start && keep(mentions[k])) inside.push(mentions[k]);
		return inside;
	});
}

/**
 * An interval ("since March") speaks for the dates inside it: a date that
 * another range of the sentence contains is left out. Dates come by start
 * (then longest first), so the ranges starting at or before a date are read
 * once, keeping the two that reach furthest (one of them may be the date itself).
 */
function withoutPartsOfIntervals(dates: DateMention[]): DateMention[] {
	const ranges = dates.filter((d) => d.granularity === 'range');
	if (!ranges.length) return dates;
	let r = 0;
	let furthest: DateMention | null = null;
	let next: DateMention | null = null;
	return dates.filter((d) => {
		for (; r < ranges.length && ranges[r].start <= d.start; r++) {
			const range = ranges[r];
			if (!furthest || range.end > furthest.end) [furthest, next] = [range, furthest];
			else if (!next || range.end > next.end) next = range;
		}
		const other = furthest === d ? next : furthest;
		return !(other && d.end <= other.end);
	});
}

/**
 * Whether two sentences lie in one paragraph: no blank line between them.
 * The blank lines are found once, each as the offsets of its two line breaks.
 */
function paragraphs(text: string): (a: Sentence, b: Sentence) => boolean {
	const breaks: { first: number; second: number }[] = [];
	for (const m of text.matchAll(/\n[^\S\n]*(?=\n)/g)) breaks.push({ first: m.index, second: m.index + m[0].length });
	return (a, b) => {
		// The first blank line after a (both ends ascend): between the two sentences if it ends before b.
		const next = breaks[byFirst.left(breaks, a.end)];
		return !(next && next.second < b.start);
	};
}

/** The places (sorted, one after another) that lie wholly inside the clause. */
function placesWithin(places: Actor[], clause: { start: number; end: number }): Actor[] {
	const out: Actor[] = [];
	for (let k = byStart.left(places, clause.start); k < places.length && places[k].start < clause.end; k++) if (places[k].end <= clause.end) out.push(places[k]);
	return out;
}

/** Countries by salience: weighted mentions, ties to the first mentioned. */
function countriesOf(places: Actor[]): string[] {
	return countriesWeighed(places).map(([c]) => c);
}

function countriesWeighed(places: Actor[]): [string, number][] {
	const score = new Map<string, { w: number; first: number }>();
	for (const p of places) {
		if (!p.country) continue;
		const s = score.get(p.country) ?? { w: 0, first: p.start };
		s.w += WEIGHT[p.kind] ?? 1;
		score.set(p.country, s);
	}
	return [...score.entries()].sort((a, b) => b[1].w - a[1].w || a[1].first - b[1].first).map(([c, s]) => [c, s.w]);
}

/** What an article is about: its most salient country and, as a pair, one named nearly as much (at most two). */
function leading(weighed: [string, number][]): string[] {
	return weighed.slice(0, 2).filter(([, w]) => w >= weighed[0][1] / 2).map(([c]) => c);
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** `f`'s value, worked out on the first call only. */
function once<T>(f: () => T): () => T {
	let value: { v: T } | null = null;
	return () => (value ??= { v: f() }).v;
}

function event(span: { start: number; end: number }, date: DateMention, countries: string[], summary: string, doubts: Doubt[]): ExtractedEvent {
	return { date: { value: date.value, granularity: date.granularity }, countries, start: span.start, end: span.end, summary, confidence: confidence(doubts) };
}

/** Words that make what follows the source of a figure or a report, not an actor: "measured by the US Geological Survey", "according to Xinhua". */
const SOURCE_BEFORE = /\b(?:according to|measured by|recorded by|reported by|monitored by|estimated by|data from|figures from)\s+(?:the\s+)?$/i;

/**
 * A country's body that measures what happens anywhere: "the U.S. Geological Survey", "the Japan Meteorological
 * Agency", "the China Earthquake Networks Center". A quake it measured is not its country's.
 */
const MEASURING_BODY = /^\s+(?:Geological Survey|Meteorological|Seismological|Earthquake|National Weather Service|National Hurricane Center|Tsunami Warning)/;

/** One person's origin: "a Chinese national", "a Liberian man", "an American tourist" (not "Russian tourists", a people that acts). */
const PERSON_AFTER_DEMONYM = /^\s+(?:national|citizen|man|woman|boy|girl|teenager|teen|tourist|student|worker|resident|journalist|businessman|businesswoman)\b/;

/**
 * Whether the place or person only names where a figure or a report came from, or where someone comes from: the
 * happening is not its country's ("a Chinese national made a court appearance" in Auckland).
 */
function isSource(text: string, actor: Actor): boolean {
	if (actor.kind === 'demonym' && /\ban?\s+$/i.test(text.slice(Math.max(0, actor.start - 4), actor.start)) && PERSON_AFTER_DEMONYM.test(text.slice(actor.end, actor.end + 16))) return true;
	// The agency in a dateline's brackets: "ABUJA, Feb. 28 (Xinhua) -".
	if (actor.start < 120 && actor.end <= datelineEnd(text) && /\([^)]*$/.test(text.slice(0, actor.start))) return true;
	return SOURCE_BEFORE.test(text.slice(Math.max(0, actor.start - 24), actor.start)) || MEASURING_BODY.test(text.slice(actor.end, actor.end + 28));
}

/** Places and people in one list, in reading order. */
function actors(places: PlaceMention[], people: PersonMention[]): Actor[] {
	const all: Actor[] = [...places, ...people.map((p) => ({ ...p, kind: 'person' as const }))];
	return all.sort((a, b) => a.start - b.start);
}
