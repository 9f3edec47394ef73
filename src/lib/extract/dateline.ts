/** The dateline: a shouted town, its region perhaps, an agency perhaps, and a dash ("KUALA LUMPUR, Malaysia (AP) — "). */
const DATELINE = /^\s*\p{Lu}[\p{Lu} .&'’/-]+(?:,\s*[^—–\n(]{2,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--|-)\s/u;
/** …or, as South Asian, African and Malaysian papers write it, a town and a colon: "Durban: ", "KOCHI: ", "SIBU (July 2): ". */
const COLON_DATELINE = /^\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?:\s\([^)\n]{1,30}\))?:\s/u;

/** …or, as allAfrica writes it, a town in title case and a dash: "Kampala — ", "Port Harcourt — ". */
const TITLE_DATELINE = /^\s*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}\s+(?:—|–|--)\s/u;

/** Where the dateline opening `text` ends (0 without one); only the first 120 characters are read. */
export function datelineEnd(text: string): number {
	const start = text.slice(0, 120);
	return (DATELINE.exec(start) ?? COLON_DATELINE.exec(start) ?? TITLE_DATELINE.exec(start))?.[0].length ?? 0;
}
