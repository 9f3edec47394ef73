/**
 * The world's cities and first-level regions are too many for the browser
 * bundle (GeoNames has ~140k towns of 1,000+ people). The extractor takes them
 * as an optional lookup: the CLI and the server pass the full one
 * (world-gazetteer.server.ts); the browser preview runs without it and still
 * finds countries, capitals, major regions and cities of the built-in tables.
 */

export interface WorldPlace {
	country: string;
	population: number;
	kind: 'city' | 'region';
	/** The seat of a country's or a territory's government (GeoNames' PPLC: "Saipan"), which news names as well known. */
	capital?: boolean;
	/** Listed under another spelling of the name ("Shakhtars’k" for "Shakhtersk"): see PlaceLookup.variants. */
	variant?: boolean;
}

export interface PlaceLookup {
	/**
	 * The places of this exact name, most populous first, one per country
	 * (the article's other places decide between them: "Dundalk" in an Irish
	 * story is the Irish town, not the one in Maryland).
	 */
	get(name: string): readonly WorldPlace[] | undefined;
	/**
	 * The places, one per country, whose name is another transliteration of this one: the same consonants
	 * with other vowels or apostrophes, h for g ("Shakhtersk", Russian, and "Shakhtars’k", Ukrainian;
	 * "Gorlovka" and "Horlivka"). Each has `variant` set; the article decides whether one is meant.
	 */
	variants?(name: string): readonly WorldPlace[] | undefined;
}
