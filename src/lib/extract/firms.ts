/**
 * Firms named after a place: "Columbia Pictures Entertainment Inc.", "Alcoa
 * Inc.", "Magna shares closed up", "aluminium producer Alcoa", "Amazon's chief
 * executive", "Mich.-based First of America" ("Miami International Airport"
 * is none). The article's own words say a name is a company: a word that ends
 * a firm's name or tells of its stock after it, a trade before it, a verb only
 * a company is the agent of after it, or a list whose other items are firms.
 * Once the article names the firm so, the name alone is the firm there too
 * ("the Columbia deal", "Alcoa said"), at every mention, as a maker's name with
 * a model number is (places.ts) — save after "the": "the Amazon" is the river.
 */

/** A capitalised name of up to four words, "of" allowed inside: "Alcoa", "First of America", "Westinghouse Electric". */
const NAME = String.raw`(?<![\p{L}&'’-])\p{Lu}[\p{L}&'’-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}&'’-]*){0,3}`;
/** Words that end a firm's name ("Alcoa Inc.", "Allegheny Technologies"). */
const SUFFIX = String.raw`(?:Corp|Corporation|Inc|Co|Cos|Ltd|LLC|PLC|plc|AG|SA|NV|GmbH|Group|Holdings|Pictures|Airlines|Airways|Financial|Industries|Entertainment|Bancorp|Motors|Electric|Technologies|Steel|Petroleum|Pharmaceuticals|Communications|Telecom|Securities|Insurance)\b`;
/** After a name, words about a company's stock, officers or accounts ("Magna shares", "Amazon's chief executive"). */
const STOCK_AFTER = String.raw`(?:['’]s\s+)?(?:shares|stock|shareholders|stockholders|chief executive|CEO|chief financial officer|board of directors|net income|quarterly (?:profit|earnings|results)|share price)\b`;
/**
 * Verbs whose agent is a company: "Alcoa reported a profit", "agreed to acquire". ("said it will" is not one:
 * a state says so too, "Tamil Nadu said it had written to the Centre".)
 */
const AGENT_AFTER = String.raw`\s+(?:reported\s+(?:a\s+|net\s+|quarterly\s+)?(?:profit|loss|earnings|net income|revenue)|posted\s+(?:a\s+)?(?:profit|loss|net)|(?:agreed|plans|offered)\s+to\s+(?:buy|acquire|sell|merge))\b`;
/** A trade before a name: "aluminium producer Alcoa", "online retailer Amazon", "Mich.-based First of America". */
const TRADE_BEFORE = String.raw`(?:\b(?:company|firm|producer|maker|manufacturer|retailer|supermarket|grocer|conglomerate|lender|insurer|airline|carrier|miner|automaker|carmaker|chipmaker|drugmaker|startup|subsidiary|giant)|[\p{L}.]-based)\s+`;

const FIRM = new RegExp(
	String.raw`(${NAME})\s+${SUFFIX}|(${NAME})\s*${STOCK_AFTER}|(${NAME})${AGENT_AFTER}|${TRADE_BEFORE}(${NAME})|\b(\p{Lu}[\p{L}&-]{2,})\.(?:com|net|co\.uk|cn|de|fr|jp|ru)\b`,
	'gu'
);

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
	for (const m of text.matchAll(FIRM)) {
		const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).replace(/\s+/g, ' ').replace(/['’]s$/, '');
		names.add(name);
		const first = /^\p{Lu}[\p{L}&'’-]{2,}/u.exec(name);
		if (first && first[0] !== name && !/^\S+ of /.test(name)) names.add(first[0]);
	}
	return names;
}

/** Whether the name at [start, end) is a firm the article names so (`firms`), not "the Amazon", the river. */
export function isNamedFirm(text: string, start: number, name: string, firms: Set<string>): boolean {
	return firms.has(name) && !/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
}

/** Whether the name at `start` ends a firm's name of several words: "America" in "First of America". */
export function endsFirmName(text: string, start: number, name: string, firms: Set<string>): boolean {
	const whole = /(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2})\s+of\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
	return !!whole && firms.has(`${whole[1].replace(/\s+/g, ' ')} of ${name}`);
}

/** Whether the name at [start, end) stands in a comma list between two firms: "Westinghouse Electric, Alcoa, Allegheny Technologies". */
export function isListedFirm(text: string, start: number, end: number): boolean {
	return ITEM_BEFORE.test(text.slice(Math.max(0, start - 48), start)) && ITEM_AFTER.test(text.slice(end, end + 48));
}
