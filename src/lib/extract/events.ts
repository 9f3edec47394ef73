/**
 * Events from sentences: one per thing that happened, not one per sentence.
 * A sentence is cut into clauses around its dates, so "said Monday that
 * Beijing opened an inquiry in July" gives the statement (Monday) and the
 * reported event (July) each their own event. A sentence without a date
 * inherits the previous one's only when it plainly continues it ("The deal
 * …"), and then with lower confidence.
 */
import { coverage } from '../domain/timex';
import type { DateMention, ExtractedEvent, PlaceMention } from '../domain/types';
import type { Sentence } from './sentences';
import { summarise } from './summary';

/** Where one clause ends and the next begins, between two dates of a sentence. */
const BOUNDARY = /(?:,\s+|;\s+|\s+(?:and|but|while|whereas|after|before|when|that)\s+)/g;
/** A sentence that continues the previous one's story. */
const CONTINUES = /^(?:The (?:deal|move|agreement|decision|plan|announcement|step|measure|talks|meeting|visit|attack|incident|ban|sanctions|inquiry|investigation|report|order)|This|That|These|It|Its|They|He|She)\b/;
/**
 * A first time, or a first or a superlative a few words before a "since" date: "the first
 * time … since the 1950s", "its biggest one-day devaluation since 1994", "his first visit to
 * Japan since 2005". The date is how far back the comparison reaches, not when something
 * happened: as an event it would span decades of the timeline with nothing in them.
 */
const COMPARED = /\bfirst time\b|\b(?:first|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|deadliest|longest|sharpest|steepest|greatest|fastest|slowest)(?:\s+[\w-]+){0,3}\s*$/i;
/**
 * A relative clause that ends at the date: "talks that began in the 1990s". The date is of what
 * that clause says of its noun, not of the sentence's main verb ("The contract … was signed …,
 * ending talks that began in the 1990s").
 */
const RELATIVE = /\b(?:that|which|who)\s+(?:\w+ed|began|begun|started|took|came|went|fell|rose|grew|broke|was|were|had)\b[^,;:]{0,40}$/i;
/** Words a noun phrase does not go back past: prepositions but "of", verbs, conjunctions. */
const BEFORE_NOUN = /^(?:about|to|with|for|on|in|at|by|from|into|over|after|before|during|since|than|as|and|but|or|between|under|against|is|are|was|were|has|have|had|said|says|\w+ing|\w+ed)$/i;
/** Kinds that name a country outright weigh more than a passing adjective. */
const WEIGHT: Record<string, number> = { country: 3, metonym: 3, capital: 2.5, organisation: 2, city: 2, region: 2, demonym: 1.5, other: 1 };

interface Clause {
	start: number;
	end: number;
	date: DateMention;
}

export function buildEvents(text: string, sentences: Sentence[], dates: DateMention[], places: PlaceMention[]): ExtractedEvent[] {
	const events: ExtractedEvent[] = [];
	let di = 0;
	let pi = 0;
	let previous: { date: DateMention; sentence: Sentence } | null = null;
	// Countries of the last sentence that named any, for a dated sentence that names none ("Snowden had filed his request in mid-July.").
	let lastNamed: { countries: string[]; sentence: Sentence } | null = null;
	for (const s of sentences) {
		const own: DateMention[] = [];
		while (di < dates.length && dates[di].start < s.end) {
			if (dates[di].start >= s.start && coverage(dates[di].value)) own.push(dates[di]);
			di++;
		}
		const sPlaces: PlaceMention[] = [];
		while (pi < places.length && places[pi].start < s.end) {
			if (places[pi].start >= s.start && places[pi].country) sPlaces.push(places[pi]);
			pi++;
		}
		// An interval ("since March") speaks for the dates inside it.
		for (let k = own.length - 1; k >= 0; k--) {
			const d = own[k];
			if (own.some((r) => r !== d && r.granularity === 'range' && r.start <= d.start && d.end <= r.end)) own.splice(k, 1);
		}
		const context = lastNamed && sameParagraph(text, lastNamed.sentence, s) ? lastNamed.countries : [];
		if (sPlaces.length) lastNamed = { countries: countriesOf(sPlaces), sentence: s };
		if (own.length === 0) {
			if (previous && CONTINUES.test(s.text) && sameParagraph(text, previous.sentence, s) && sPlaces.length) {
				events.push(event(s.start, s.end, previous.date, countriesOf(sPlaces), summarise(s.text, s.text), 0.45));
			}
			continue;
		}
		const seen = new Set<string>();
		for (const clause of clauses(s, own)) {
			const key = clause.date.value;
			if (seen.has(key)) continue;
			seen.add(key);
			const clauseText = text.slice(clause.start, clause.end);
			// A bare dateline ("August 18, 2014") or byline is no event.
			if (words(clauseText) - words(clause.date.text) < 3 && words(s.text) - words(clause.date.text) < 3) continue;
			if (/^since\b/i.test(clause.date.text) && COMPARED.test(text.slice(clause.start, clause.date.start))) continue;
			const local = sPlaces.filter((p) => p.start >= clause.start && p.end <= clause.end);
			let countries = countriesOf(local.length ? local : sPlaces);
			let confidence = 0.8;
			if (!local.length) confidence -= 0.1;
			if (!countries.length) {
				// Borrowed from the paragraph's previous sentence: the story's actors, less surely.
				countries = context;
				confidence -= 0.2;
			}
			if (!countries.length) continue;
			if (clause.date.granularity === 'year' || clause.date.granularity === 'decade') confidence -= 0.1;
			const told = text.slice(relativeNoun(text, clause) ?? clause.start, clause.end);
			events.push(event(clause.start, clause.end, clause.date, countries, summarise(told, s.text), confidence));
		}
		previous = { date: own[own.length - 1], sentence: s };
	}
	return events;
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function sameParagraph(text: string, a: Sentence, b: Sentence): boolean {
	return !/\n\s*\n/.test(text.slice(a.end, b.start));
}

/** Cuts a sentence into one clause per date, at the last connective before each next date. */
function clauses(s: Sentence, own: DateMention[]): Clause[] {
	const out: Clause[] = [];
	let start = s.start;
	for (let k = 0; k < own.length; k++) {
		const next = own[k + 1];
		let end = s.end;
		if (next) {
			end = next.start;
			const gap = s.text.slice(own[k].end - s.start, next.start - s.start);
			let m: RegExpExecArray | null;
			let cut = -1;
			BOUNDARY.lastIndex = 0;
			while ((m = BOUNDARY.exec(gap))) cut = m.index;
			if (cut >= 0) end = own[k].end + cut;
		}
		out.push({ start, end, date: own[k] });
		start = end;
	}
	return out;
}

/**
 * Where the noun phrase begins whose relative clause holds the clause's date ("ending talks
 * that began in the 1990s": "talks"), so that the summary tells that noun and its clause rather
 * than the sentence as if it all happened then; null when the date is in no such clause.
 */
function relativeNoun(text: string, clause: Clause): number | null {
	const before = text.slice(clause.start, clause.date.start);
	const relative = RELATIVE.exec(before);
	if (!relative) return null;
	let start: number | null = null;
	// Back over the noun phrase's words, at most six: "the normalisation of relations".
	const preceding = [...before.slice(0, relative.index).matchAll(/[\p{L}\p{N}'’-]+[,;:]?/gu)].reverse().slice(0, 6);
	for (const word of preceding) {
		if (/[,;:]$/.test(word[0]) || BEFORE_NOUN.test(word[0])) break;
		start = clause.start + word.index;
	}
	return start;
}

/** Countries by salience: weighted mentions, ties to the first mentioned. */
function countriesOf(places: PlaceMention[]): string[] {
	const score = new Map<string, { w: number; first: number }>();
	for (const p of places) {
		if (!p.country) continue;
		const s = score.get(p.country) ?? { w: 0, first: p.start };
		s.w += WEIGHT[p.kind] ?? 1;
		score.set(p.country, s);
	}
	return [...score.entries()].sort((a, b) => b[1].w - a[1].w || a[1].first - b[1].first).map(([c]) => c);
}

function event(start: number, end: number, date: DateMention, countries: string[], summary: string, confidence: number): ExtractedEvent {
	return { date: { value: date.value, granularity: date.granularity }, countries, start, end, summary, confidence: Math.round(confidence * 100) / 100 };
}
