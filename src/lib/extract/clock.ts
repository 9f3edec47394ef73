/**
 * The country an article tells the time in, when it says so: a local story's
 * "7 a.m. CT" is an American one, "from 9am BST" a British one. Like the
 * outlet's address (outlet.ts), a sign of where its towns are ("the Birmingham
 * festival" beside a Central Time deadline is Birmingham, Alabama). Only zones
 * that belong to one country count: GMT, UTC and CET are told everywhere, and
 * IST is India's, Ireland's and Israel's.
 */

const ZONES: Record<string, string> = {
	ET: 'US', EST: 'US', EDT: 'US', CT: 'US', CST: 'US', CDT: 'US', MT: 'US', MST: 'US', MDT: 'US', PT: 'US', PST: 'US', PDT: 'US', AKST: 'US', AKDT: 'US', HST: 'US',
	BST: 'GB',
	AEST: 'AU', AEDT: 'AU', ACST: 'AU', ACDT: 'AU', AWST: 'AU',
	NZST: 'NZ', NZDT: 'NZ',
	SAST: 'ZA',
	JST: 'JP',
	KST: 'KR',
	HKT: 'HK',
	SGT: 'SG'
};

/**
 * A clock time, then its zone: "7 a.m. CT", "11:59 p.m. ET", "9am BST", "1500 EDT".
 * A bare number is no time ("7 CT scans"): minutes or a.m./p.m. make one.
 */
const CLOCK = /\b\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s*\(?([A-Z]{2,4})\b|\b[0-2]\d[0-5]\d\s+([A-Z]{3,4})\b/g;
/** "Eastern time", "Pacific Time": America's zones by name. */
const ZONE_NAME = /\b(?:Eastern|Central|Mountain|Pacific)\s+(?:[Tt]ime|[Ss]tandard [Tt]ime|[Dd]aylight [Tt]ime)\b/;

/** The country of the first clock time with a zone of one country; null when there is none. */
export function clockCountry(text: string): string | null {
	for (const m of text.matchAll(CLOCK)) {
		const country = ZONES[m[1] ?? m[2]];
		if (country) return country;
	}
	return ZONE_NAME.test(text) ? 'US' : null;
}
