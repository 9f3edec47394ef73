/**
 * How sure the extractor is of an event: a clause that names its own date and
 * its own countries starts at BASE_CONFIDENCE, and each doubt that applies to
 * it takes its weight off. Every number that moves an event's confidence is in
 * this table.
 */

/** A dated clause that names its countries itself: the surest kind of event the extractor makes. */
export const BASE_CONFIDENCE = 0.8;

export const DOUBTS = {
	/**
	 * The clause names no country, so its countries are the whole sentence's: in a
	 * sentence of several dated clauses they may be another clause's actors.
	 */
	countriesFromSentence: 0.1,
	/**
	 * The sentence names no country either ("Snowden had filed his request in
	 * mid-July."), so its countries are borrowed from the paragraph's previous
	 * sentence: the story's actors, but nothing in the sentence says so.
	 */
	countriesFromParagraph: 0.2,
	/**
	 * The paragraph names none either ("The fourth, in January, led to the toughest
	 * sanctions yet."), so its countries are those the article named last, in an
	 * earlier paragraph: likelier still to be another happening's.
	 */
	countriesFromArticle: 0.3,
	/** The date is a year or a decade: it tells only roughly when the event happened. */
	coarseDate: 0.1,
	/**
	 * The sentence has no date of its own and takes the previous one's, because it
	 * plainly continues that story ("The deal covers …"): the date is a guess from
	 * the neighbourhood. Weighed alone, without the doubts above.
	 */
	inheritedDate: 0.35
} as const;

export type Doubt = keyof typeof DOUBTS;

/** An event's confidence: the base less the weight of each doubt, to two decimals. */
export function confidence(doubts: readonly Doubt[]): number {
	const c = doubts.reduce((sum, doubt) => sum - DOUBTS[doubt], BASE_CONFIDENCE);
	return Math.round(c * 100) / 100;
}
