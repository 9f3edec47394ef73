/**
 * English names of towns that GeoNames lists under their own language's name
 * (Ireland's towns under their Irish ones) or another transliteration, where news writes the English one and no
 * spelling rule (../transliteration.ts) leads from one to the other:
 * "Gothenburg" is Göteborg, "Hanover" Hannover, "Grozny" Groznyy. Without
 * them the English name finds only a namesake village (Gothenburg, Nebraska)
 * or nothing at all.
 *
 * CODE|English=GeoNames name|… one line per country. The town keeps its
 * GeoNames population, so a larger namesake still wins where the article
 * gives no other clue (Syracuse, New York over Siracusa).
 */
const EXONYM_LINES = `
BE|Ghent=Gent|Bruges=Brugge|Antwerp=Antwerpen
CN|Xi'an=Xi’an
DE|Hanover=Hannover|Nuremberg=Nürnberg
GR|Patras=Pátra|Heraklion=Irákleion
IE|Limerick=Luimneach|Galway=Gaillimh|Wexford=Loch Garman|Mullingar=An Muileann gCearr|Killarney=Cill Airne|Clonmel=Cluain Meala|Tramore=Trá Mhór|Newbridge=Droichead Nua
IT|Padua=Padova|Mantua=Mantova|Syracuse=Siracusa|Leghorn=Livorno
MA|Fez=Fès
PE|Cuzco=Cusco
PL|Cracow=Kraków
PS|Khan Younis=Khān Yūnis
PT|Oporto=Porto
RU|Grozny=Groznyy
SE|Gothenburg=Göteborg
UA|Zaporizhzhia=Zaporizhia|Uzhhorod=Uzhgorod|Izium=Izyum|Avdiivka=Avdiyivka
VN|Saigon=Ho Chi Minh City
YE|Taiz=Ta‘izz
`;

/** The English names of each town, keyed by its country and GeoNames name ("SE|Göteborg" → ["Gothenburg"]). */
export const EXONYMS: ReadonlyMap<string, readonly string[]> = (() => {
	const map = new Map<string, string[]>();
	for (const line of EXONYM_LINES.split('\n').filter((l) => /^[A-Z]{2}\|/.test(l))) {
		const [code, ...pairs] = line.split('|');
		for (const pair of pairs) {
			const [english, geonames] = pair.split('=');
			const key = `${code}|${geonames}`;
			map.set(key, [...(map.get(key) ?? []), english]);
		}
	}
	return map;
})();
