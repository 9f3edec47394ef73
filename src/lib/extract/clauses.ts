/**
 * A sentence cut into one clause per date, and what a clause tells of its
 * date: whether it is a comparison reaching back ("its biggest fall since
 * 1994") and which words tell what happened then ("talks that began in the
 * 1990s").
 */
import type { DateMention } from '../domain/types';
import { coverage } from '../domain/timex';
import type { Sentence } from './sentences';

export interface Clause {
	start: number;
	end: number;
	date: DateMention;
}

/**
 * Where one clause ends and the next begins, between two dates of a sentence.
 * The connective's spaces are matched from the first of them only (the
 * lookbehind): tried from each space of a long run, the run would be read to
 * its end again from every one.
 */
const BOUNDARY = /(?:,\s+|;\s+|(?<!\s)\s+(?:and|but|while|whereas|after|before|when|that|whether)\s+)/g;

/** Cuts a sentence into one clause per date, at the last connective before each next date. */
export function clausesOf(s: Sentence, own: DateMention[]): Clause[] {
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
 * A first time, or an ordinal or a superlative up to nine words before a "since" date, in the same
 * clause: "the first time … since the 1950s", "its biggest one-day devaluation since 1994", "his first
 * visit to Japan since 2005", "the fourth since 2006", "the first serious attempt at a lasting halt
 * to the fighting since April" (but "the first to arrive and has waited since May" is an interval).
 * The date is how far back the comparison reaches, not when something happened: as an event it
 * would span decades of the timeline with nothing in them.
 */
const COMPARED = /\bfirst time\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only|most|least|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|deadliest|longest|sharpest|steepest|greatest|fastest|slowest)(?:\s+(?!(?:and|but|or|has|have|had|is|was|were|are|which|who|that)\b)[\w'’-]+){0,9}\s*$/i;

/** "levels not seen since 2008": a "since" that measures how rare something is, not how long it has lasted. */
const NOT_SINCE = /\b(?:not|never|last)\s+(?:been\s+)?(?:seen|recorded|witnessed|matched|reached|experienced)\s*$/i;

/** A "since" a few words before the date it reaches back to: "since at least 1989", "since a 1989-2003 civil war", "since Bernard Hinault in 1985". */
const SINCE_BEFORE = /\bsince\s+(?:at least\s+|(?:a|an|the)\s+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}in\s+)$/u;

/** Whether the clause's date is how far back a comparison reaches ("its highest since 2008"): no event. */
export function isComparison(text: string, clause: Clause): boolean {
	let before = text.slice(clause.start, clause.date.start);
	if (!/^since\b/i.test(clause.date.text)) {
		const since = SINCE_BEFORE.exec(before);
		if (!since) return false;
		before = before.slice(0, since.index);
	}
	return COMPARED.test(before) || NOT_SINCE.test(before);
}

/** A quantity: "3%", "$1.2 billion", "12.5 percent", "4 pence", "7"; not a stretch of time ("from 10 years in exile"). */
const QUANTITY = String.raw`(?:an?\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+|some\s+)?[$€£¥#]?\d[\d.,]*(?!\s+(?:years?|months?|weeks?|days?|hours?|decades?)\b)(?:-[a-z]+)?(?:\s*%|\s+(?:percent|per\s+cent|[a-z]+illion|[a-z]+))?(?:\s+[a-z]+){0,3}`;
/** "in", "on" … before the date. */
const AT = String.raw`(?:(?:in|on|at|during|for|of)\s+)?`;
/**
 * The words before a date that make it the baseline of a comparison: "than it did in 2005", "than in 2005",
 * "than a year earlier", "compared with 2019", "compared with $4 million in 2019", "up from 3% in 2010",
 * "against $2 billion a year earlier": a figure or a state at that time, nothing that happened then. "Stronger
 * than the one in January" compares with a happening (the January test), which is an event; "more than 300
 * people died in 2005" counts. Ends at the date (the text given is the sentence up to it).
 */
const BASELINE = new RegExp(
	String.raw`(?:\b(?<!\b(?:later|earlier|sooner)\s)than\s+(?:(?:it|they|he|she|we|you|there|this|that|prices|sales|profit|output|exports|imports)\s+(?:did|was|were|had|has|have|is|are|do|does|stood|rose|fell)\s+)?${AT}` +
		String.raw`|\b(?:compared|comparison)\s+(?:with|to)\s+(?:${QUANTITY}\s+)?${AT}` +
		String.raw`|\b(?:from|against|versus|vs\.)\s+${QUANTITY}\s+${AT})$`,
	'i'
);

/** The words a figure is compared with, up to the date: "from $2.3 billion, or 12 cents a share, ". */
const FIGURE_COMPARED = /\b(?:from|against|versus|vs\.|compar(?:ed|es|ing)\s+(?:with|to))\s+((?:[^.;]|\.(?=\d)){0,80})$/i;
/** Money, a share or a rate: what earnings compare ("$4.3 million", "38 cents", "6.46 trillion won", "3%"). */
const FIGURE = /[$€£¥]\s?\d|\d\s*(?:%|percent\b|per cent\b|(?:[mb]illion|trillion|cents|pence|points|won|yen|euros?|dollars?|pounds?|rupees?|yuan)\b)/i;

/**
 * Whether the clause's date is the baseline a figure is compared with ("exported more than it did in 2005",
 * "up from 3% in 2010") or the time a count stands at ("as of Feb 27"): a mention, not a happening of its own, so
 * no event. "Prices rose in 2005" is one.
 */
export function isBaseline(text: string, clause: Clause): boolean {
	// The comparison may begin in the clause before ("less carbon in 2025 than it did in 2005"): read back within the sentence.
	const before = text.slice(Math.max(0, clause.date.start - 110), clause.date.start);
	const sentenceEnd = /^[^]*[.;!?]\s/.exec(before);
	const sentence = sentenceEnd ? before.slice(sentenceEnd[0].length) : before;
	if (BASELINE.test(sentence)) return true;
	// "from $471 million, or $1.53, a year earlier", "compares with net income of $535 million … last year": a figure
	// told at more length, then when it stood so.
	const compared = FIGURE_COMPARED.exec(sentence);
	if (compared && FIGURE.test(compared[1]) && !/\bto\b/.test(compared[1])) return true;
	// "20 hearings had been held as of Feb 27": a count or a state at that time. Looking ahead, it is when something
	// starts: "Petro will succeed Duque as of August 7".
	if (/\bas of\s+$/i.test(before) && !/\b(?:will|shall|would)\b|['’]ll\b/i.test(sentence)) return true;
	// "had fallen by 97% since the start of the year": a figure's change since then, nothing that happened then.
	if (/\d\s*(?:%|percent|per cent)\s+since\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?$/i.test(sentence)) return true;
	// "Friday's closing price", "Monday's close": a figure at that time.
	if (/['’]s$/.test(clause.date.text) && /^\s+(?:(?:closing|opening|record|intraday)\s+)?(?:price|close|level|rate|high|low|value)s?\b/i.test(text.slice(clause.date.end, clause.date.end + 24))) return true;
	// "a decline from 2019 levels", "above pre-crisis 2008 highs": a level then, nothing that happened.
	return /\b(?:from|to|above|below|at|over|than|near|under|beyond|of)\s+$/i.test(before) && /^\s+(?:levels?|highs?|lows?)\b/i.test(text.slice(clause.date.end, clause.date.end + 8));
}

/**
 * A year or a decade written as a noun's modifier: "the 2014 agreement", "Russia's 1998 financial
 * crisis", "a 2015 law", "the 1990s talks". It says which agreement, crisis or law, not when the
 * clause's happening took place: "the 2014 agreement was violated on Monday" happened on Monday, and
 * even "the 2015 Paris agreement was signed in New York" was signed in 2016. So the date alone makes
 * no event (the issue's "a mention, not an event of its own"); the clause's own date, if any, does.
 */
const MODIFIER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|whose)|['’]s)\s+(?:the\s+)?$/i;
/** The word after is the noun (lower-case, not a preposition, conjunction, verb of being or number word). */
const MODIFIER_AFTER = /^[\s-]+(?!(?:and|or|to|in|on|at|by|for|of|with|from|when|after|before|until|as|than|that|which|because|but|is|was|were|are|had|has|have|will|would|to)\b)\p{Ll}{3,}/u;

/**
 * …or a name, then a word in lower case: "a 2010 NSA document", "Kopp's 1987 Chevrolet Cavalier was
 * found". Only after a determiner outside the date: in "In the 1990s Russia was poor" the article is the
 * decade's own and "Russia" the clause's subject.
 */
const NAME_AFTER = /^\s+(?:\p{Lu}[\p{L}.&-]*\s+){1,3}\p{Ll}/u;

/** "its dividend for 2019", "the budget for 2022": the year says which dividend or budget, as a modifier would. */
const NOUN_FOR = /\b(?:dividends?|budgets?|forecasts?|guidance|outlook|targets?|goals?|quotas?|calendar|results|earnings|estimates?|projections?)\s+for\s+$/i;

/**
 * …but a happening named so as the clause's frame tells of it: "In his 2007 trial, he was convicted" happened in
 * 2007, "during the 2016 campaign" then. Only where the clause opens with it, after "in", "during" or "at".
 */
const FRAME_BEFORE = /^\s*(?:in|during|at)\s+(?:the|a|an|its|their|his|her|our|this|that)\s+$/i;
const HAPPENING_AFTER =
	/^\s+(?:[a-z-]+\s+)?(?:trial|election|elections|vote|referendum|campaign|primary|primaries|war|invasion|attack|attacks|summit|talks|visit|crash|games|olympics|final|tournament|championship|season|race|protests|uprising|revolution|coup|earthquake|floods?|storm|hurricane|strike|hearing|inquiry|census)\b/i;

/** Whether the clause's date is a bare year or decade modifying a noun ("the 2014 agreement"): no event. */
export function isNounModifier(text: string, clause: Clause): boolean {
	const { date } = clause;
	if (date.granularity !== 'year' && date.granularity !== 'decade') return false;
	if (!/^(?:the\s+)?\d{4}s?$/i.test(date.text)) return false;
	// "the economic chaos of the 1980s", "the music of the sixties": a decade after "of" says which, as a modifier would.
	if (date.granularity === 'decade' && /\b\p{Ll}+\s+of\s+$/u.test(text.slice(Math.max(clause.start, date.start - 24), date.start))) return true;
	const own = /^the\s/i.test(date.text);
	const before = own ? 'the ' : text.slice(Math.max(clause.start, date.start - 24), date.start);
	if (!own && NOUN_FOR.test(before)) return true;
	if (!MODIFIER_BEFORE.test(before)) return false;
	const after = text.slice(date.end, date.end + 48);
	if (!own && FRAME_BEFORE.test(text.slice(clause.start, date.start)) && HAPPENING_AFTER.test(after)) return false;
	return MODIFIER_AFTER.test(after) || (!own && NAME_AFTER.test(after));
}

/** "Exactly a year ago, on Sept. 5, 2014, negotiators signed …": the second date says the first more precisely. */
const APPOSITION = /^\s*,\s*(?:on\s+|in\s+)?$/;

/** Whether a date is restated more precisely by the next one, right after it: the finer one dates the happening. */
export function isRestated(first: DateMention, between: string, next: DateMention): boolean {
	if (between.length > 12 || !APPOSITION.test(between)) return false;
	const a = coverage(first.value);
	const b = coverage(next.value);
	return !!a && !!b && b.first >= a.first && b.last <= a.last && b.last - b.first < a.last - a.first;
}

/** "from 2018 or 2019", "at the end of this year or early in 2016": a second guess at one date, no happening of its own. */
const ALTERNATIVE = /^,? ?or (?:[\p{L}-]+ ){0,3}$/u;

/**
 * Whether the text between two dates of a sentence offers the second as an alternative to the first.
 * Only a short gap can, and it is read with its spaces collapsed: a pattern of optional spaces around an
 * optional comma, tried on a long run of spaces, would take time growing with its square.
 */
export function isAlternative(between: string): boolean {
	return between.length <= 40 && ALTERNATIVE.test(between.replace(/\s+/g, ' ').replace(/^ /, ''));
}

/**
 * A relative clause that ends at the date: "talks that began in the 1990s". The date is of what
 * that clause says of its noun, not of the sentence's main verb ("The contract … was signed …,
 * ending talks that began in the 1990s").
 */
const RELATIVE = /\b(?:that|which|who)\s+(?:\w+ed|began|begun|started|took|came|went|fell|rose|grew|broke|was|were|had)\b[^,;:]{0,40}$/i;
/** Words a noun phrase does not go back past: prepositions but "of", verbs, conjunctions. */
const BEFORE_NOUN = /^(?:about|to|with|for|on|in|at|by|from|into|over|after|before|during|since|than|as|and|but|or|between|under|against|is|are|was|were|has|have|had|said|says|\w+ing|\w+ed)$/i;

/**
 * The words that tell what happened at the clause's date: from the noun whose relative clause
 * holds the date ("ending talks that began in the 1990s": "talks that began …"), else the
 * whole clause.
 */
export function toldIn(text: string, clause: Clause): { words: string; noun: boolean; start: number } {
	const noun = relativeNoun(text, clause);
	return { words: text.slice(noun ?? clause.start, clause.end), noun: noun !== null, start: noun ?? clause.start };
}

/**
 * Where the noun phrase begins whose relative clause holds the clause's date, so that the
 * summary tells that noun and its clause rather than the sentence as if it all happened then;
 * null when the date is in no such clause.
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
