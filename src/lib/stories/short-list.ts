/**
 * Appends to a list that is mostly short (a story's mentions, a posting's stories, a story's dates): a push grows
 * an array by half its length and 16 more, so a list of one holds room for 17, and a million of them at scale are
 * much of the merger's memory (the collector copies and marks it all). Up to `EXACT` items the list is copied at its
 * new length instead; a longer one is pushed onto, its room then in proportion. Returns the list to keep (the one given,
 * or its copy).
 */
export function append<T>(list: T[], item: T): T[] {
	if (list.length >= EXACT) {
		list.push(item);
		return list;
	}
	const grown = new Array<T>(list.length + 1);
	for (let i = 0; i < list.length; i++) grown[i] = list[i];
	grown[list.length] = item;
	return grown;
}

/** Items up to which a list is copied at its new length. */
const EXACT = 16;
