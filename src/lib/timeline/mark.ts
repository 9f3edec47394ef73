/** A story as the timeline's detail view draws it. */
export interface Mark {
	seq: number;
	/** First and last day covered (UTC day numbers). */
	first: number;
	last: number;
	/** How many sources tell it: independent outlets (or articles, when coverage is counted); drawn as the mark's height. */
	weight: number;
	/** Date and summary, once the story's details are known. */
	label: string | null;
}
