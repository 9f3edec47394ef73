/** An event as the timeline's detail view draws it. */
export interface Mark {
	seq: number;
	/** First and last day covered (UTC day numbers). */
	first: number;
	last: number;
	/** Date and summary, once the event's details are known. */
	label: string | null;
}
