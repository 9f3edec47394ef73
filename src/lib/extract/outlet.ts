/**
 * The country an outlet writes from, when its address or name says it: a
 * local paper's towns are most likely its own country's ("Perth" in a `.co.uk`
 * paper). Only outright signs count: a country-code domain or a handful of
 * national broadcasters and papers; `.com` says nothing.
 */

/** Country-code domains used by outlets of that country (`.co`, `.io`, `.tv`, `.me`, `.fm`, `.ly` are sold worldwide and say nothing). */
const GENERIC_CC = new Set(['co', 'io', 'tv', 'me', 'fm', 'ly', 'am', 'cc', 'ws', 'to', 'ai', 'eu']);

/** Outlets whose name gives their home country: the public broadcasters and papers the extractor's users quote most. */
const OUTLETS: [RegExp, string][] = [
	[/\b(?:BBC|Guardian|Telegraph|Independent|Times of London|The Times|Sky News|ITV|Financial Times|Scotsman|Herald Scotland|Evening Standard|Daily Mail)\b/, 'GB'],
	[/\b(?:CBC|CTV|Globe and Mail|Toronto Star|National Post|Times Colonist|Vancouver Sun)\b/, 'CA'],
	[/\b(?:ABC Australia|ABC News \(Australia\)|Sydney Morning Herald|The Age|The Australian|SBS)\b/, 'AU'],
	[/\b(?:RTÉ|RTE|Irish Times|Irish Independent|Irish Examiner)\b/, 'IE'],
	[/\b(?:RNZ|New Zealand Herald|Stuff\.co\.nz)\b/, 'NZ']
];

/** The outlet's home country from its URL's domain, then its name; null when neither says. */
export function outletCountry(url?: string | null, source?: string | null): string | null {
	if (url) {
		const host = /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1].toLowerCase();
		const tld = host ? /\.([a-z]{2})$/.exec(host)?.[1] : undefined;
		if (tld && !GENERIC_CC.has(tld)) return tld === 'uk' ? 'GB' : tld.toUpperCase();
	}
	if (source) for (const [re, country] of OUTLETS) if (re.test(source)) return country;
	return null;
}
