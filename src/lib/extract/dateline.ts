/** The dateline: a shouted town, its region perhaps, an agency perhaps, and a dash ("KUALA LUMPUR, Malaysia (AP) — "). */
const DATELINE = /^\s*\p{Lu}[\p{Lu} .&'’/-]+(?:,\s*[^—–\n(]{2,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--|-)\s/u;

/** Where the dateline opening `text` ends (0 without one); only the first 120 characters are read. */
export function datelineEnd(text: string): number {
	return DATELINE.exec(text.slice(0, 120))?.[0].length ?? 0;
}
