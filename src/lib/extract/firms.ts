/**
 * Firms named after a place: "Columbia Pictures Entertainment Inc.", "Alcoa
 * Inc.", "Magna shares closed up", "aluminium producer Alcoa", "Amazon's chief
 * executive", "Mich.-based First of America" ("Miami International Airport"
 * is none). The article's own words say a name is a company: a word that ends
 * a firm's name or tells of its stock after it, a trade before it, a verb only
 * a company is the agent of after it, or a list whose other items are firms.
 * Once the article names the firm so, the name alone is the firm there too
 * ("the Columbia deal", "Alcoa said"), at every mention, as a maker's name with
 * a model number is (places.ts) — save a region's after "the": "the Amazon" is the river.
 */

/** A capitalised name of up to four words, "of" allowed inside: "Alcoa", "First of America", "Westinghouse Electric". */
const NAME = String.raw`(?<![\p{L}&'’-])\p{Lu}[\p{L}&'’-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}&'’-]*){0,3}`;
/** Words that end a firm's name ("Alcoa Inc.", "Allegheny Technologies"). */
const SUFFIX = String.raw`(?:Corp|Corporation|Inc|Co|Cos|Ltd|LLC|PLC|plc|AG|SA|NV|GmbH|Group|Holdings|Pictures|Airlines|Airways|Financial|Industries|Entertainment|Bancorp|Motors|Electric|Technologies|Steel|Petroleum|Pharmaceuticals|Communications|Telecom|Securities|Insurance)\b`;
/**
 * After a name, words about a company's stock, officers or accounts ("Magna shares", "Amazon's chief executive");
 * a town's "stock exchange" or "stock market" is its market, no firm.
 */
const STOCK = String.raw`(?:shares|stock(?!\s+(?:exchange|market|index|prices))|shareholders|stockholders|chief executive|CEO|chief financial officer|board of directors|net income|quarterly (?:profit|earnings|results)|share price)\b`;
/**
 * Verbs whose agent is a company: "Alcoa reported a profit", "agreed to acquire". ("said it will" is not one:
 * a state says so too, "Tamil Nadu said it had written to the Centre".)
 */
const AGENT = /^(?:reported\s+(?:a\s+|net\s+|quarterly\s+)?(?:profit|loss|earnings|net income|revenue)|posted\s+(?:a\s+)?(?:profit|loss|net)|(?:agreed|plans|offered)\s+to\s+(?:buy|acquire|sell|merge))\b/;
/** A trade before a name: "aluminium producer Alcoa", "online retailer Amazon", "Mich.-based First of America". */
const TRADE = String.raw`(?:company|firm|producer|maker|manufacturer|retailer|supermarket|grocer|conglomerate|lender|insurer|airline|carrier|miner|automaker|carmaker|chipmaker|drugmaker|startup|subsidiary|giant)\s+(?=\p{Lu})`;

/**
 * The words that tell of a firm, found first (literal words, cheap to scan for); the name is then read in
 * a bounded window beside each: before a suffix, stock word, company verb or web address, after a trade.
 */
const CUE = new RegExp(
	String.raw`\b(?:(?<suffix>${SUFFIX})|(?<stock>${STOCK})|(?<agent>(?:reported|posted|agreed|plans|offered)\b)|(?<trade>${TRADE}))|(?<based>-based\s+(?=\p{Lu}))|(?<domain>\.(?:com|net|co\.uk|cn|de|fr|jp|ru)\b)`,
	'gu'
);
const NAME_BEFORE = new RegExp(String.raw`(${NAME})\s+$`, 'u');
const NAME_AFTER = new RegExp(String.raw`^${NAME}`, 'u');
const DOMAIN_NAME = /(?<![\p{L}&-])\p{Lu}[\p{L}&-]{2,}$/u;
/** How far a firm's name reaches from the word that tells of it. */
const WINDOW = 60;

/** An item right before a place in a comma list, ending at the comma ("Westinghouse Electric, | Alcoa"). */
const ITEM_BEFORE = new RegExp(String.raw`(?:^|,\s+|\bof\s+)((?:\p{Lu}[\p{L}&'’-]*\s+){1,3}${SUFFIX}\.?),\s+$`, 'u');
/** An item right after a place in a comma list ("Alcoa | , Allegheny Technologies"). */
const ITEM_AFTER = new RegExp(String.raw`^,\s+(?:and\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}&'’-]*\s+){1,3}${SUFFIX}\.?)`, 'u');

/**
 * The names the article gives firms: "Columbia", "Magna", "First of America". A name of several words is
 * also filed under its first word ("Columbia Pictures Entertainment" → "Columbia"), which is the town-like part.
 */
export function firmNames(text: string): Set<string> {
	const names = new Set<string>();
	for (const m of text.matchAll(CUE)) {
		const at = m.index;
		const g = m.groups!;
		// A "Municipal Corporation" or a "City Corporation" governs its city.
		if (g.suffix === 'Corporation' && /\b(?:Municipal|City|Metropolitan)\s+$/.test(text.slice(Math.max(0, at - 13), at))) continue;
		let name: string | undefined;
		if (g.trade || g.based) name = NAME_AFTER.exec(text.slice(at + m[0].length, at + m[0].length + WINDOW))?.[0];
		else if (g.domain) name = DOMAIN_NAME.exec(text.slice(Math.max(0, at - WINDOW), at))?.[0];
		else if (!g.agent || AGENT.test(text.slice(at, at + 40))) name = NAME_BEFORE.exec(text.slice(Math.max(0, at - WINDOW), at))?.[1];
		if (!name) continue;
		name = name.replace(/\s+/g, ' ').replace(/['’]s$/, '');
		names.add(name);
		const first = /^\p{Lu}[\p{L}&'’-]{2,}/u.exec(name);
		if (first && first[0] !== name && !/^\S+ of /.test(name)) names.add(first[0]);
	}
	return names;
}

/**
 * Whether the name at `start` is a firm the article names so (`firms`). A river's or a region's name after
 * "the" is the river ("the Amazon"); a town's is still the firm ("the Columbia deal"), so `town` says which.
 */
export function isNamedFirm(text: string, start: number, name: string, firms: Set<string>, town: boolean): boolean {
	return firms.has(name) && (town || !/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)));
}

/** Whether the name at `start` ends a firm's name of several words: "America" in "First of America". */
export function endsFirmName(text: string, start: number, name: string, firms: Set<string>): boolean {
	if (!/\sof\s$/.test(text.slice(Math.max(0, start - 4), start))) return false;
	const whole = /(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2})\s+of\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
	return !!whole && firms.has(`${whole[1].replace(/\s+/g, ' ')} of ${name}`);
}

/** Whether the name at [start, end) stands in a comma list between two firms: "Westinghouse Electric, Alcoa, Allegheny Technologies". */
export function isListedFirm(text: string, start: number, end: number): boolean {
	// Most places stand in no list: the commas are looked at before the patterns.
	if (text.charCodeAt(end) !== 44 || !/,\s$/.test(text.slice(Math.max(0, start - 2), start))) return false;
	return ITEM_BEFORE.test(text.slice(Math.max(0, start - 48), start)) && ITEM_AFTER.test(text.slice(end, end + 48));
}
