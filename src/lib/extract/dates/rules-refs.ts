/**
 * TIMEX3's vague references to the present, past and future: "now",
 * "currently", "the current crisis" (PRESENT_REF), "recently", "in recent
 * years" (PAST_REF), "the future" (FUTURE_REF). Only the words TimeBank's
 * annotators mark most of the time are here: "previously", "formerly" and
 * "soon" are mostly left unmarked, so marking them costs more than it gains.
 */
import { refValue } from './calendar';
import { rule, type Rule } from './rule';

/** Nouns after "current" that make it no time: a current account, an electric current. */
const NOT_TIME_AFTER_CURRENT = /^\s+(?:account|accounts|affairs|events|flows?|carrying|dollars|prices|liabilities|assets|ratio|yield)\b/i;
/** A verb after "current" makes it the noun: "the current carried the boat away". */
const VERB_AFTER = /^\s+(?:is|was|has|had|can|could|will|would|[a-z]{3,}ed)\b/;

export const REF_RULES: Rule[] = [
	rule('present-ref', '\\b(?:right now|now|currently|nowadays|these days|at present|at the moment)\\b', 'gi', (_g, ctx, match) => {
		// "Now, he says, …": a discourse marker opening the sentence, not a time.
		if (match === 'Now' && ctx.text[ctx.start + match.length] === ',') return null;
		return refValue('PRESENT_REF');
	}),
	// "current market conditions": the present, as TimeML marks it; "the then current price" lies in the past.
	rule('current', '\\b(?<then>then[- ])?current(?=\\s+[a-z])', 'gi', (g, ctx, match) => {
		const after = ctx.text.slice(ctx.start + match.length, ctx.start + match.length + 20);
		if (NOT_TIME_AFTER_CURRENT.test(after) || VERB_AFTER.test(after)) return null;
		return refValue(g.then ? 'PAST_REF' : 'PRESENT_REF');
	}),
	// "the past few months": an unsized stretch up to now (where annotators call it a duration, the scorer lets it be).
	rule('past-ref', '\\b(?:more recently|recently|in the past|(?:in )?recent (?:years|months|weeks|days|quarters)|past years|the (?:past|last) (?:few|several) (?:days|weeks|months|years|quarters))\\b', 'gi', () => refValue('PAST_REF')),
	rule('future-ref', '\\b(?:the (?:near |distant )?future|(?:the )?(?:coming|future) (?:weeks|months|years|quarters)|the (?:near|short) term|a later date|as soon as possible)\\b', 'gi', () => refValue('FUTURE_REF'))
];
