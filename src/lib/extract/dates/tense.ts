/**
 * Which way a bare "Monday" or "July" points: past-tense reporting ("opened
 * an inquiry in July") means the most recent one, a future statement ("will
 * meet Monday", "planned to leave on Thursday") the next one. The verb
 * nearest to the mention within its sentence decides; a cue across a comma
 * counts for less. Reporting verbs ("said", "announced") date the statement,
 * not the event, so they do not vote — except that a date right beside one
 * ("said Monday") is the statement's date, which lies in the past.
 */

import { bisector } from 'd3-array';

export type Tense = 'past' | 'future' | 'present';

const FUTURE =
	/\b(?:will|won['’]t|shall|going to|would|might|must|should|due(?= [“"]?(?:in|on|by|at)\b)|(?:is|are|was|were) (?:due|set|scheduled|expected|slated|poised|likely|supposed|forecast|predicted|projected) to|(?:is|are) (?:expected|forecast|predicted)|(?:is|are) to|plan(?:s|ned|ning)?|intend(?:s|ed)? to|aim(?:s|ed)? to|wants? to|expect(?:s|ed)? to|hope(?:s|d)? to|scheduled|effective|to be held|as (?:early|soon) as|no later than|upcoming|next(?! to\b)|coming|until|begins?|to (?:begin|start|meet|leave|visit|resume|hold|vote|return|arrive|decide|open|travel|announce|launch|sign)|(?:will|would) be)\b|['’]ll\b/gi;
/**
 * An infinitive after an agreement, decision, promise or vote: "an agreement to acquire the company in January",
 * "agreed to meet on Tuesday", "voted to place the bonds on the November ballot". It looks ahead for a date after
 * it only: "In September, it announced a deal to acquire …" dates the announcement.
 */
// "to " first, so the look back is only tried where it can match.
const PLANNED_INFINITIVE = /\bto (?<=\b(?:agree(?:s|d)?|agreements?|deals?|decided?|decides|decision|pledged?|promised?|vowed?|proposals?|bids?|offer(?:s|ed)?|vote[sd]?|voting)\sto )[a-z]{3,}\b/gi;
/**
 * "could" looks ahead to what its clause goes on to date ("tornadoes could spin up Thursday", "could face 20 years
 * when he is sentenced in January"), not back past its subject ("warned on Thursday that strikes could …"). "could
 * have", "could not" and "could be reached" tell of the past.
 */
const COULD_PAST = String.raw`(?:n['’]t|\s+(?:have|not)|\s+be\s+(?:reached|located|found|contacted))\b`;
const COULD = new RegExp(String.raw`\bcould(?!${COULD_PAST})`, 'g');
const ahead = (cue: Cue): Cue => ({ ...cue, aheadOnly: true });
/** Lower-case "may" is the modal verb (the month is capitalised). */
const MAY = /\bmay\b/g;
/** Verbs that report a statement; with "according to", the words that name a report's source. */
const STATEMENT_VERBS = 'said|says|say|told|tells|reported|reports|announced|announces|added|stated|noted|declared|wrote|quoted|confirmed';
const REPORTING = `(?:${STATEMENT_VERBS}|according to)`;
const IS_REPORTING = new RegExp(`^${REPORTING}$`, 'i');
const IS_PAST_REPORTING = /^(?:said|told|reported|announced|added|stated|noted|declared|wrote|confirmed)$/i;
const PAST = new RegExp(
	String.raw`\b(?:was|were|had|did|ago|last|earlier|went|came|met|took|made|held|began|left|fell|rose|won|lost|gave|got|saw|became|sent|put|set off|broke|ran|spoke|fought|struck|hit|cut|shut|quit|led|paid|sold|bought|brought|built|caught|chose|drove|flew|found|kept|knew|meant|shot|stood|thought|threw|understood|wore)\b|\bcould${COULD_PAST}`,
	'gi'
);
/** Verbs that put a day off to another: the day after them lies ahead ("postponed until Tuesday", "adjourned to Wednesday"). */
const DEFERRING = 'postponed|delayed|deferred|extended|adjourned|suspended|pushed|put|moved|rescheduled';
/**
 * A past verb a few words before, in the same clause: "had to wait until", "remained closed until", "ruled Iraq for 23
 * years until" (not past an infinitive: "agreed to extend the truce until Friday"). Not one that defers: "postponed
 * until Tuesday", "extended its deadline until 9 a.m. Tuesday" still look ahead.
 */
const PAST_JUST_BEFORE = new RegExp(String.raw`\b(?!(?:${DEFERRING})\b)(?:had(?:\s+to\s+[a-z]+)?|was|were|did|[a-z]{2,}ed)\b(?:\s+(?!(?:to|will|would|shall|can|may)\b)[^\s,;]+){0,5}\s+$`);
/** A deferring verb, what it defers, and the preposition of the new day (a few words, one clause). */
const DEFERRED_TO = new RegExp(String.raw`\b(?:${DEFERRING})\b(?:\s+[^\s,;.]+){0,5}?\s+(?:to|until|till|for)\s+(?:next\s+)?$`, 'i');
/** Words before "plans" that make it a noun. */
const PLANS_NOUN = /\b(?:announced|unveiled|disclosed|outlined|its|the|his|her|their|our|new|no|any|has|have|had)\s+$/i;
/** What follows a participle that opens a phrase: a preposition, not an object ("…, followed by", but "…, met the"). */
const PARTICIPLE_PHRASE = /^\s+(?:by|with|as|in|at|from|to|for|under|over|into)\b/;
/**
 * Words after which an "-ed" word is an adjective, telling no tense: "a still unspecified date", "its revised plan"
 * (not "that": "a measure that passed Tuesday" is a relative clause's verb).
 */
const ADJECTIVE_LEAD = /\b(?:a|an|the|its|their|his|her|our|this|these|those|still|very|newly|already|fully|widely|so-called)\s+$/i;
/** A preposition, a determiner and a noun: what an "-ed" word after them qualifies ("under a plan revealed …"). */
const PREPOSITION_NOUN_BEFORE = /\b(?:under|of|for|with|from|about|over|to)\s+(?:a|an|the)\s+[a-z]+\s+$/;
/** Regular past tenses; lower-case only, so "United" and "Ahmed" are no verbs. */
const PAST_ED = /\b[a-z]{2,}ed\b/g;

/**
 * A reporting verb just before or after a date dates the statement ("said Monday", "Monday, he said"), each read on
 * its own side of the date; "according to" beside one names only a source.
 */
const REPORTING_BEFORE = new RegExp(`\\b(?:${STATEMENT_VERBS})(?:\\s+\\S+){0,2}\\s*$`, 'i');
/**
 * …and so does the occasion of a statement told in the past, or opening the clause: "said in a statement on
 * Monday that it will …", "told a news conference Tuesday", "told lawmakers in a memo Tuesday", "wrote on Twitter
 * on Sunday", "In an interview on Friday, he said …" date the statement, whatever its words foretell.
 */
const OCCASION = String.raw`(?:(?:in|at|during|to|on)\s+)?(?:(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|conference|briefing|speech|address|session|hearing|rally|post|tweet|letter|memo|email|broadcast|reporters|journalists|lawmakers|parliament|audience|crowd)|Twitter|Facebook|Instagram|social media)`;
const OCCASION_BEFORE = new RegExp(
	`(?:\\b(?:said|told|reported|announced|added|stated|noted|declared|wrote|posted|confirmed)\\s+(?:\\w+\\s+)?${OCCASION}|(?:^|[,;]\\s*)In\\s+(?:a|an|the|his|her|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:statement|interview|speech|conference|briefing|address))\\s+(?:on\\s+)?$`,
	'i'
);
const REPORTING_AFTER = new RegExp(`^\\s*(?:(?:\\S+\\s+){0,1})(?:${STATEMENT_VERBS})\\b`, 'i');

/**
 * How far a cue may lie from the mention and still decide its tense: a cue
 * this far off (counting each clause boundary between as 25 characters) leaves
 * the mention in the present.
 */
const REACH = 120;

/** A word that points the sentence's tense, where it stands in the sentence. */
interface Cue {
	start: number;
	end: number;
	tense: Tense;
	/** Counts only before the mention: the infinitive's dates follow it. */
	aheadOnly?: boolean;
}

/**
 * The cues of one sentence, each list in the order its pattern finds them and
 * the lists in the order they vote (past before future, so a tie goes to the
 * past). Found once per sentence, not once per mention: a sentence as long as
 * the whole text, with a date every few words, would otherwise be read again
 * for each of its dates.
 */
export type SentenceCues = Cue[][];

/**
 * A reporting verb that opens a report ("they said they will …", not a parenthetical "officials said,"): the
 * report's words tell the report's tense, not that of a date before the verb ("in a statement after Monday's
 * talks, they said they will …" is last Monday).
 */
const REPORT_OPENING = new RegExp(`\\b${REPORTING}\\b(?!\\s*,)`, 'i');

export function tenseCues(sentence: string): SentenceCues {
	const planned = cuesOf(sentence, PLANNED_INFINITIVE, 'future').map(ahead);
	// An infinitive after the date ("agreed on Friday to begin admitting India") is the complement of the verb
	// before it, which the date belongs to: like the planned infinitive, it looks ahead only to dates after it.
	const future = cuesOf(sentence, FUTURE, 'future').map((cue) => (sentence.startsWith('to ', cue.start) ? { ...cue, aheadOnly: true } : cue));
	return [cuesOf(sentence, PAST, 'past'), cuesOf(sentence, PAST_ED, 'past'), future, cuesOf(sentence, MAY, 'future'), cuesOf(sentence, COULD, 'future').map(ahead), planned];
}

function cuesOf(sentence: string, re: RegExp, tense: Tense): Cue[] {
	const out: Cue[] = [];
	re.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(sentence))) {
		const mEnd = m.index + m[0].length;
		// A reporting verb dates the statement, not the event, so it does not vote — save a past one before the date
		// in its own clause ("announced with Xi in Beijing on Wednesday"), which tells the statement was made: its
		// cue is kept, and tenseAt lets it count only ahead of the mention.
		if (IS_REPORTING.test(m[0]) && !(tense === 'past' && IS_PAST_REPORTING.test(m[0]))) continue;
		// "agreed to a ceasefire", "a deal to Beijing's liking": "to" before a noun phrase, no verb looking ahead.
		if (/^to /.test(m[0]) && /^to (?:[A-Z]|(?:the|his|her|its|their|this|that|these|those|our|your|some|any|all|such|one|two)\b)/.test(m[0])) continue;
		// A fronted "Until Thursday, they had not …" tells of a change that has happened, and so does "until" after a
		// past verb ("had to wait until February's return fixture", "stayed until Friday").
		if (m[0] === 'Until') continue;
		if (/^until$/i.test(m[0]) && PAST_JUST_BEFORE.test(sentence.slice(Math.max(0, m.index - 50), m.index))) continue;
		// "announced plans to acquire": the noun, not a verb looking ahead.
		if (/^plans$/i.test(m[0]) && PLANS_NOUN.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
		// "an unrealistic plan" that …: a verb "plan" looks ahead to something ("plan to", "plans a"), a noun does not.
		if (/^plans?$/i.test(m[0]) && !/^\s+(?:to|a|an|the)\b/i.test(sentence.slice(mEnd, mEnd + 5))) continue;
		if (tense === 'past') {
			// Plans look ahead even in the past tense: "planned a demonstration on Saturday"; not one that was
			// superseded ("the originally scheduled Saturday launch was postponed").
			if (/^(?:planned|scheduled|expected|slated|intended)$/i.test(m[0]) && !/\b(?:originally|initially|previously|first)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
			// "were planning to", "was due to": a future seen from the past.
			if (/^(?:was|were)$/i.test(m[0]) && /^\s+(?:going|planning|expected|due|set|scheduled|supposed|about|to)\b/i.test(sentence.slice(mEnd, mEnd + 15))) continue;
			// A participle opening a phrase after a comma ("…, followed by the withdrawal", "…, backed by Russia")
			// qualifies what came before; it tells no tense of its own.
			if (/,\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index)) && PARTICIPLE_PHRASE.test(sentence.slice(mEnd, mEnd + 8))) continue;
			// An adjective after a determiner or a degree word: "a still unspecified date", "the proposed merger".
			if (/ed$/.test(m[0]) && ADJECTIVE_LEAD.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
			// A participle after a preposition's noun ("an election in May under a plan revealed on Friday") dates what
			// follows it, not the clause before it.
			if (/ed$/.test(m[0]) && PREPOSITION_NOUN_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) {
				out.push({ start: m.index, end: mEnd, tense, aheadOnly: true });
				continue;
			}
			// "unchanged", "unexpected": an adjective, however it ends.
			if (/^un[a-z]+ed$/.test(m[0])) continue;
			// Not a past tense: "succeed", "need"; or a participle after "be", "to" or a modal ("will be held").
			if (/eed$/i.test(m[0]) && !/(?:agreed|freed|decreed|guaranteed)$/i.test(m[0])) continue;
			// "when he is sentenced": a present passive tells no past either.
			if (/\b(?:be|being|to|will|would|could|may|might|must|should|is|are)\s+$/i.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue;
		}
		out.push({ start: m.index, end: mEnd, tense });
	}
	return out;
}

/** Index of the first cue ending after a position (cues of one pattern do not overlap, so their ends ascend). */
const firstEndingAfter = bisector((cue: Cue) => cue.end).right;

/** A happening since which time has run, dated by what follows: "since its unveiling in", "since the start of the war on". */
const SINCE_PHRASE = /\bsince\s+(?:(?!(?:will|would|shall|can|may|to|is|are)\b)[\w'’-]+\s+){1,6}(?:in|on)\s+$/i;

/**
 * Tense of the clause around `[start, end)` in `sentence` (offsets relative to
 * the sentence). `cues` are the sentence's, when the caller has them already.
 */
export function tenseAt(sentence: string, start: number, end: number, cues: SentenceCues = tenseCues(sentence)): Tense {
	const before = sentence.slice(Math.max(0, start - 30), start);
	const after = sentence.slice(end, end + 25);
	// "as soon as Tuesday, according to reports": the lead itself looks ahead, whoever reports it.
	if (/\b(?:as (?:soon|early) as|no later than)\s+$/i.test(before)) return 'future';
	// "adjourned the hearing to Wednesday", "postponed the vote until Friday": the new day lies ahead.
	if (/\b(?:to|until|till|for)\s+(?:next\s+)?$/i.test(before) && DEFERRED_TO.test(sentence.slice(Math.max(0, start - 60), start))) return 'future';
	// "Since its unveiling in January, expectations … will": what the time has run since has come, whatever the clause's tense.
	if (SINCE_PHRASE.test(sentence.slice(Math.max(0, start - 45), start))) return 'past';
	if (REPORTING_BEFORE.test(before) || REPORTING_AFTER.test(after) || OCCASION_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))) return 'past';
	let best: Tense = 'present';
	let bestDistance = REACH;
	// The nearest cue wins; only cues with less than REACH characters between them and the mention can.
	for (const list of cues) {
		for (let k = firstEndingAfter(list, start - REACH); k < list.length && list[k].start < end + REACH; k++) {
			const cue = list[k];
			if (cue.start < end && cue.end > start) continue; // the mention's own words
			if (cue.aheadOnly && cue.start >= end) continue;
			if (cue.end > start && IS_PAST_REPORTING.test(sentence.slice(cue.start, cue.end))) continue; // after it: "on Monday, he said"
			const between = cue.end <= start ? sentence.slice(cue.end, start) : sentence.slice(end, cue.start);
			// Each clause boundary between cue and mention weakens the cue.
			const distance = between.length + 25 * (between.match(/[,;:(]|\bthat\b|\band\b|\bbut\b/g)?.length ?? 0);
			// Past a report opening after the mention, the cue is the report's, not the mention's clause's.
			if (distance < bestDistance && !(cue.start >= end && REPORT_OPENING.test(between))) {
				bestDistance = distance;
				best = cue.tense;
			}
		}
	}
	return best;
}

/**
 * Whether the clause leading up to `start` (from the sentence's beginning) is
 * told in the past: "a jogger spotted the car ten days before the shooting"
 * but not "the move comes a year after Snowden revealed …", whose past verb
 * belongs to the event pointed at. A mention opening the sentence ("A day
 * after the hearing, he left") defers to the tense of the clause after it.
 */
export function leadIsPast(text: string, start: number, clauseTense: Tense): boolean {
	// At most 200 characters back: the window is searched, not the text, which may hold no period at all.
	const window = Math.max(0, start - 200);
	const last = (mark: string) => {
		const at = text.slice(window, start).lastIndexOf(mark);
		return at < 0 ? -1 : window + at;
	};
	const from = Math.max(last('.'), last('\n'), start - 200);
	const lead = text.slice(from + 1, start);
	// Opening the sentence, the mention leads into the main clause, whose tense is the clause's.
	if (!/\p{L}/u.test(lead)) return clauseTense === 'past';
	PAST.lastIndex = 0;
	PAST_ED.lastIndex = 0;
	return PAST.test(lead) || PAST_ED.test(lead);
}
