/** A one-line summary of an event from the words of its clause. */

import { datelineEnd } from './dateline';

const MAX = 140;

/** Leading connectives of a clause cut out of a sentence ("that", "and", ","). */
const LEAD = /^(?:[\s,;:–—-]|and\b|but\b|that\b|while\b|which\b|as\b|also\b)+/i;
/** Characters a summary does not end on. */
const TRAILING = /[\s,;:]/;
/**
 * Words a clause does not end on when it tells a happening: it was cut
 * mid-phrase ("a state visit scheduled for | 23 October", "The increase, … , came | after …").
 */
const DANGLING = /\b(?:\w+ing|for|to|into|onto|of|on|in|at|by|from|with|within|through|throughout|towards?|till|during|over|amid|between|among|the|a|an|its|their|his|her|and|or|but|than|as|came|comes|come|was|were|is|are|be|been|scheduled|set|due|until|since|after|before)$/i;
/** A clause that only tells who reported what the rest of its sentence says: "the defense minister said". */
const REPORT_ONLY = /^[^,;:]{0,60}\b(?:said|says|told reporters|added|stated|announced|confirmed)[.!?]?$/i;
/** A verb whose time is all it needs: "relations that began | in 1995". */
const BARE_VERB = /\b(?:\w+ed|began|begun|begins?|started|starts?|opens?|ends?|runs?|lasts?|came|went|took place|fell|rose|grew|happened|occurred|born|died)$/i;
/**
 * How a clause cut out of its sentence may begin and still tell a happening:
 * a capital (a name, the sentence's start) or a subject pronoun or article.
 * "where he had been stranded …", "although both sides …", "its first
 * expansion since …", "due to take effect …" are pieces of their sentence.
 * (A relative clause's noun, "talks that began …", is told on purpose.)
 */
const SUBORDINATOR = /^(?:when|after|before|where|although|though|until|because|once|whereas)\s+/i;
const SUBJECT_START = /^(?:\p{Lu}|["“'‘(]|(?:the|a|an|he|she|they|we|it|this|these|those|both|all|some|most)\s)/u;

/**
 * Summaries of the clauses of one sentence. A clause of a few words, or one
 * cut in the wrong place (starting with its date, ending mid-phrase), says less
 * than its sentence, whose summary is then used instead: it is made once,
 * however many of the sentence's clauses fall back on it. Either way the
 * summary tells the happening, not its date: a date opening it ("On Monday, …")
 * or closing it ("… on Monday") is left out, as the event's date says it.
 */
export function summariser(sentence: string): (clause: string, date?: string, noun?: boolean) => string {
	let whole: string | undefined;
	// An article's first sentence opens with its dateline ("KUALA LUMPUR, Malaysia (AP) — "): where, not what happened.
	const lead = datelineEnd(sentence);
	const wholeSentence = () => (whole ??= sentence.slice(lead).replace(/\s+/g, ' ').trim());
	// A clause that starts inside the dateline ("(Xinhua) - Buhari said on Wednesday …", after its date) starts after it.
	const withoutDateline = (clause: string) => {
		const at = lead ? sentence.indexOf(clause) : -1;
		return at >= 0 && at < lead ? sentence.slice(lead, at + clause.length) : clause.slice(datelineEnd(clause));
	};
	return (clause, date, noun = false) => {
		// "when a Metrojet Airbus crashed in Sinai" tells its happening once its subordinator is gone
		// (not a sentence's own "When …, …": its main clause follows).
		const cut = withoutDateline(clause).replace(/\s+/g, ' ').replace(LEAD, '').trim();
		let s = wholeSentence().startsWith(cut) ? cut : cut.replace(SUBORDINATOR, '');
		// "and in May banned the use of Windows 8 …": what follows its date tells the happening, when it is a verb phrase
		// (not after "the": "its report on the | July 2014 crash over Ukraine" was cut inside a noun phrase).
		const rest = date && !wholeSentence().startsWith(cut) && !afterDeterminer(wholeSentence(), cut) ? afterDate(s, date) : null;
		if (rest !== null) s = rest;
		const cutBadly =
			s.split(' ').length < 6 ||
			endsWith(DANGLING, withoutTrailing(s)) ||
			// "… spent in East London (": cut inside brackets; "the defense minister said on Tuesday": only who told it.
			(s.split('(').length > s.split(')').length) ||
			REPORT_ONLY.test(withoutClosingDate(s, date)) ||
			(!!date && s.toLowerCase().startsWith(date.toLowerCase())) ||
			(!noun && rest === null && !SUBJECT_START.test(s));
		return oneLine(withoutDate(cutBadly ? wholeSentence() : s, date));
	};
}

/** Whether the clause follows a determiner or a possessive in its sentence: it starts inside a noun phrase. */
function afterDeterminer(sentence: string, clause: string): boolean {
	const at = sentence.indexOf(clause);
	return at > 0 && /(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|['’]s)\s+$/i.test(sentence.slice(Math.max(0, at - 12), at));
}

/** Words a verb phrase does not begin with: "23 October, in protest at …" tells no happening after its date. */
const NOT_A_VERB = /^(?:in|on|at|by|for|with|to|of|from|as|after|before|since|during|until|and|or|but|the|a|an|its|their|his|her|which|who|that|when|where)\b/i;

/** A clause that opens with its date ("in May banned …", "on Tuesday, China ratified …"): the words after it, if they make a clause or a verb phrase; else null. */
function afterDate(s: string, date: string): string | null {
	const at = openingDate(s, date, OPENING_WORDS);
	if (at < 0) return null;
	SEPARATOR.lastIndex = at;
	const gap = SEPARATOR.exec(s);
	if (!gap) return null;
	const rest = s.slice(at + gap[0].length);
	return rest.split(' ').length >= 5 && (SUBJECT_START.test(rest) || !NOT_A_VERB.test(rest)) ? rest : null;
}

/*
 * A date's words are found at a clause's start or end by comparing strings, not with a pattern made for each date:
 * dates rarely repeat across articles, and compiling a pattern costs more than reading a few characters.
 */
/** Words that may open a clause before its date ("on Tuesday, …", "in May …"); a summary's lead also "since". */
const OPENING_WORDS = /^(?:on|in|at|by|during|early|late)\s+/i;
const LEAD_WORDS = /^(?:on|in|at|by|since|during|early|late)\s+/i;
/** What follows a clause's opening date, and a summary's lead date. */
const SEPARATOR = /[\s,]+/y;
const LEAD_COMMA = /\s*,\s+/y;
/** What may come between a summary's last words and its closing date: "… the talks, on Monday". */
const BEFORE_TRAILING_DATE = /[\s,]+(?:(?:on|in|at|by|since|during|early|late)\s+)?$/i;
/** A part of the day after a closing date: "… on Monday night". */
const PART_AFTER_DATE = /\s+(?:alone|night|morning|evening|afternoon)$/i;

/** Where `date` (one of `words` perhaps before it) opens `s`: the offset just past the date, or -1. Case is ignored. */
function openingDate(s: string, date: string, words: RegExp): number {
	const d = date.replace(/\s+/g, ' ').toLowerCase();
	const lead = words.exec(s)?.[0].length ?? 0;
	for (const at of lead ? [lead, 0] : [0]) if (s.slice(at, at + d.length).toLowerCase() === d) return at + d.length;
	return -1;
}

/** Where "… on Monday." closes `s`: the offset where the words before the date end, and the closing mark; or null. */
function closingDate(s: string, date: string): { at: number; mark: string } | null {
	const d = date.replace(/\s+/g, ' ').toLowerCase();
	const low = s.toLowerCase();
	// (Offsets into the lower-cased text are offsets into the text only while case changes no length.)
	if (low.length !== s.length) return null;
	for (const mark of /[.!?]$/.test(s) ? [s.slice(-1), ''] : ['']) {
		let end = s.length - mark.length;
		if (!low.endsWith(d, end)) {
			const part = PART_AFTER_DATE.exec(low.slice(Math.max(0, end - 12), end));
			if (!part || !low.endsWith(d, end - part[0].length)) continue;
			end -= part[0].length;
		}
		const start = end - d.length;
		const before = BEFORE_TRAILING_DATE.exec(low.slice(Math.max(0, start - 24), start));
		if (before) return { at: start - before[0].length, mark };
	}
	return null;
}

/** Whether `s` ends with what `pattern` (anchored at the end) matches, looking only at its last 40 characters. */
const endsWith = (pattern: RegExp, s: string) => pattern.test(s.slice(-40));

/** "On Monday, Russia agreed …" and "Russia agreed … on Monday." → "Russia agreed …", when enough is left. */
function withoutDate(s: string, date: string | undefined): string {
	if (!date) return s;
	let out = s;
	const lead = openingDate(s, date, LEAD_WORDS);
	if (lead >= 0) {
		LEAD_COMMA.lastIndex = lead;
		const comma = LEAD_COMMA.exec(s);
		if (comma) out = s.slice(lead + comma[0].length);
	}
	const closing = closingDate(out, date);
	// Not when the date completes the verb: "relations that began in 1995".
	const rest = closing ? out.slice(0, closing.at) : '';
	if (closing && rest.split(' ').length >= 5 && !endsWith(DANGLING, rest) && !endsWith(BARE_VERB, rest)) out = rest + closing.mark;
	return out;
}

/** `s` without the date that closes it, whatever is left: "the minister said on Tuesday" → "the minister said". */
function withoutClosingDate(s: string, date: string | undefined): string {
	const closing = date ? closingDate(s, date) : null;
	return closing ? s.slice(0, closing.at) : s.replace(/[.!?]$/, '');
}

/** Without list or quote marks before it or punctuation after it, cut to MAX characters at a word, capitalised. */
function oneLine(text: string): string {
	let s = withoutTrailing(text.replace(/^[#*>\s]+/, ''));
	if (s.length > MAX) {
		const cut = s.lastIndexOf(' ', MAX - 1);
		s = withoutTrailing(s.slice(0, cut > 60 ? cut : MAX - 1)) + '…';
	}
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * `s` without the spaces, commas, semicolons and colons it ends with. Stepped
 * back from the end: a pattern anchored at the end would be tried from every
 * character of every run of them, each read to the run's end.
 */
function withoutTrailing(s: string): string {
	let end = s.length;
	while (end > 0 && TRAILING.test(s[end - 1])) end--;
	return s.slice(0, end);
}
