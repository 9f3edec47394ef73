/**
 * Towns that several countries share, chosen by the company they keep in the
 * article (chooseTowns through findPlaces, with the real world gazetteer), and
 * makers' names on products that are no place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaceLookup } from './cities';
import { outletCountry } from './outlet';
import { findPlaces } from './places';
import { loadWorldGazetteer } from './world-gazetteer.server';

let world: PlaceLookup;
beforeAll(() => {
	world = loadWorldGazetteer();
});
const countryOf = (text: string, name: string, home: string | null = null) => findPlaces(text, world, home).find((p) => p.text === name)?.country;

describe('a town resolves to the candidate the rest of the article points to', () => {
	it.each<[string, string, string | null, string]>([
		['A man from Birmingham was arrested on Monday. Police in Huntsville and across Alabama were told.', 'Birmingham', null, 'US'],
		['A man was arrested in Perth on Monday. Officers from Fife and Dundee helped.', 'Perth', null, 'GB'],
		['The council in Victoria met on Monday. Nanaimo sent delegates.', 'Victoria', null, 'CA'],
		['A fire in Dundalk and Dundrum on Monday.', 'Dundalk', null, 'IE'],
		['A man was arrested in Newport on Monday. Tipperary County officers from Nenagh and Ballina in Ireland helped.', 'Newport', null, 'IE'],
		// A seat whose population GeoNames does not know is still a town the article's places can choose.
		['Durban - Schools remained closed in Ladysmith and Jozini.', 'Ladysmith', null, 'ZA'],
		// Local news: a council's signs and its district outweigh a town 26 times larger (Richmond, Virginia).
		['Bins were put up at the car park in Richmond. Richmondshire District Council says the scheme worked.', 'Richmond', null, 'GB'],
		// The dateline's region, the outlet's home country.
		['HUNTSVILLE, Ala. — A man from Birmingham was arrested.', 'Birmingham', null, 'US'],
		['PERTH, Scotland — A fire broke out in Perth on Monday.', 'Perth', null, 'GB'],
		['A man was arrested in Perth on Monday.', 'Perth', 'GB', 'GB'],
		['A man from Birmingham was arrested on Monday.', 'Birmingham', 'US', 'US'],
		// A capital's or a famous city's namesake, where the article's towns, regions and institutions are its country's.
		['Police in Kingston said a man from Belleville was held. Brockville officers and the OPP helped.', 'Kingston', null, 'CA'],
		['A fire in Athens destroyed a home. Clarke County deputies and Watkinsville officers responded.', 'Athens', null, 'US'],
		// Named by its own institutions, a famous town's namesake needs no more than any town: Paris police beside Lamar County.
		['The Paris Police Department said a man was held. Lamar County deputies helped.', 'Paris', null, 'US'],
		['Police in Paris said a man was held. Lamar County deputies and the Sheriff\'s Office helped.', 'Paris', null, 'FR'],
		// …not for the countries, world cities and lone states an international story names.
		['Obama flew from New York to Athens on Monday. Washington said the talks in Athens went well.', 'Athens', null, 'GR'],
		['Flights from Chicago and Houston to Dublin were cancelled.', 'Dublin', null, 'IE'],
		['Police in Kingston said a man was held.', 'Kingston', null, 'JM'],
		// Balanced or outweighed evidence leaves the larger place: one US town among Mexican places.
		['Sewage from Tijuana and Baja California reached San Diego. Mexican officials and Imperial Beach agreed.', 'San Diego', null, 'US'],
		// Another transliteration's town, where the article is about its country: "Shakhtersk" (the Russian spelling,
		// GeoNames' Sakhalin town) in a Donetsk story is Ukraine's Shakhtars’k; written without the soft sign, it is found.
		['The plane came down near Shakhtersk in the Donetsk region of Ukraine. Ukrainian troops fight separatists around Luhansk.', 'Shakhtersk', null, 'UA'],
		['Shelling hit Shakhtarsk, east of Donetsk.', 'Shakhtarsk', null, 'UA'],
		// …but not where the article is about the spelling's own country, nor without any clue.
		['A man from Shakhtersk was arrested in Sakhalin, Russia, on Monday.', 'Shakhtersk', null, 'RU'],
		['A man from Shakhtersk was arrested on Monday.', 'Shakhtersk', null, 'RU'],
		// No other clue: the larger place.
		['A man from Birmingham was arrested on Monday.', 'Birmingham', null, 'GB'],
		['A man was arrested in Perth on Monday.', 'Perth', null, 'AU'],
		['A man was arrested in Newport on Monday.', 'Newport', null, 'GB']
	])('%s (outlet %s) → %s', (text, name, home, country) => {
		expect(countryOf(text, name, home)).toBe(country);
	});
	// A small town alone of its country, where the article's places are another's, is an unlisted place of that country.
	it.each<[string, string[]]>([
		['Flooding closed roads in Galway, Tuam and Ballinasloe. A bridge near Williamstown collapsed.', ['Galway:IE', 'Ballinasloe:IE', 'Williamstown:IE']],
		['A man from Paterson was held by police from Stellenbosch, Paarl and Worcester in the Western Cape.', ['Paterson:ZA', 'Stellenbosch:ZA', 'Paarl:ZA', 'Worcester:ZA', 'Western Cape:ZA']],
		// Two such strangers keep each other no company: Frontenac and Middlesex are no pair of US towns here.
		[
			'Police in Brockville and Belleville, Ontario, charged a man from Frontenac and a woman from Middlesex.',
			['Brockville:CA', 'Belleville:CA', 'Ontario:CA', 'Frontenac:CA', 'Middlesex:CA']
		],
		// Only places whose country is sure place a stranger or keep it company: Hamilton and Portland, American on
		// size alone, put no Warrnambool in the US; San Diego keeps Imperial Beach there.
		[
			'Police were called to incidents around venues in Hamilton, Warrnambool and Portland. We have seen more incidents in our pubs in Warrnambool, Hamilton and Portland.',
			['Hamilton:US', 'Portland:US', 'Warrnambool:AU', 'Portland:US']
		],
		// A town the article's sure places chose against size does place one: Hastings, in New Zealand by Napier.
		['Residents around Napier and Hastings met at a winery at Bay View on Monday night.', ['Napier:NZ', 'Hastings:NZ', 'Bay View:NZ']],
		['Sewage from Tijuana and Baja California reached San Diego and Imperial Beach.', ['Tijuana:MX', 'Baja California:MX', 'San Diego:US', 'Imperial Beach:US']],
		// Two towns of the other country place even a town this large (Delft, Netherlands, 95,000 people) there; one does not.
		['A man from Delft was held on Monday by police from Stellenbosch and Paarl.', ['Delft:ZA', 'Stellenbosch:ZA', 'Paarl:ZA']],
		['A man from Delft was held on Monday by police from Stellenbosch.', ['Delft:NL', 'Stellenbosch:ZA']],
		['Flooding closed roads in Galway. A bridge near Williamstown collapsed.', ['Galway:IE', 'Williamstown:US']],
		// The countries and peoples an article names may only act: they place no town.
		['Russia and Russians said their forces struck Vovchansk on Monday.', ['Russia:RU', 'Russians:RU', 'Vovchansk:UA']],
		// Towns of one country with nothing of another, and a territory's capital, stay.
		['Fires burned in Paterson and Clifton on Monday.', ['Paterson:US', 'Clifton:US']],
		['Trips to Saipan, Guam, Alaska, Hawaii and Florida.', ['Saipan:MP', 'Guam:GU', 'Alaska:US', 'Hawaii:US', 'Florida:US']],
		// Territories with codes of their own, and Southern Sudan, the region that became South Sudan; a territory's
		// capital whose name a larger town shares is left out (George Town, Penang, is no Caymanian capital).
		['GEORGE TOWN: Traffic jams plagued the city.', ['GEORGE TOWN:MY']],
		['Cases rose in French Polynesia and New Caledonia. Southern Sudan voted in January.', ['French Polynesia:PF', 'New Caledonia:NC', 'Southern Sudan:SS']]
	])('%s → %j', (text, found) => {
		expect(findPlaces(text, world).map((p) => `${p.text}:${p.country}`)).toEqual(found);
	});
	// A small town alone of its country in an article well placed elsewhere, but in no one country, is a local place
	// GeoNames lacks under that name: no mention.
	it.each<[string, string[]]>([
		['The ferry from Lindstrom reached Copenhagen on Monday. Sweden and Denmark welcomed it.', ['Copenhagen:DK', 'Sweden:SE', 'Denmark:DK']],
		// Too little evidence elsewhere, or none: the town stays.
		['The ferry from Lindstrom reached Copenhagen on Monday.', ['Lindstrom:US', 'Copenhagen:DK']],
		['A man from Lindstrom was arrested on Monday.', ['Lindstrom:US']]
	])('%s → %j', (text, found) => {
		expect(findPlaces(text, world).map((p) => `${p.text}:${p.country}`)).toEqual(found);
	});
	it.each<[string, string[]]>([
		// A city's council is the city's, not that of a smaller town called "… City".
		['Hamilton City Council will close roads in Hamilton.', ['Hamilton:CA', 'Hamilton:CA']],
		// A court is a town's only with its rank.
		['Lawyers went to the Supreme Court. Scone Local Court sat.', ['Scone:AU']],
		// A month's abbreviation and the ocean's phases are no towns (Nov, Tajikistan; El Niño, Mexico).
		['He will resign as of Nov. 1 in Boston.', ['Boston:US']],
		['The return of El Niño worries Peru.', ['Peru:PE']],
		['Hollywood studios halted filming.', ['Hollywood:US']],
		// A county's or a lake's name is no one's: "Co Kerry" makes no person Kerry.
		['A man died in a crash in Kerry yesterday. It happened near Tralee, Co Kerry.', ['Kerry:IE', 'Tralee:IE', 'Co Kerry:IE']],
		['Sebastian Bron is a Hamilton-based reporter.', ['Hamilton:CA']],
		// A town's court, however its rank is spelled, makes the town no one's first name.
		["They are due to appear in the Grahamstown Magistrate's Court on Tuesday.", ['Grahamstown:ZA']],
		// Counties and regions local news names alone put their towns in their country.
		['Cape Breton Regional Police responded to a call in Sydney on Thursday.', ['Cape Breton:CA', 'Sydney:CA']],
		['A crash near Perth, Perthshire, closed the road.', ['Perth:GB', 'Perthshire:GB']],
		['Flooding hit Maitland and the Hunter Valley.', ['Maitland:AU', 'Hunter Valley:AU']],
		// A sub-county is Uganda's or Kenya's unit, no American county.
		['The bridge in Bukalsi Sub County, Uganda, collapsed.', ['Uganda:UG']],
		// A people's noun that ends a person's name is the person's at every mention; a people's adjective is not.
		['Commissioner Trevor Finn said Montour County will pay. Finn said it was fair.', ['Montour County:US']],
		['Many Mexican officials met in Texas.', ['Mexican:MX', 'Texas:US']],
		// A shouted dateline town with its date in brackets; a town's resident office is the town's.
		['SIBU (July 2): A proposal was made to the Sibu Resident Office.', ['SIBU:MY', 'Sibu:MY']],
		// A shire is Australia's, whatever else carries its name, and says so of the towns beside it.
		['The City of Albany and Shire of Denmark praised the fire brigades.', ['Albany:AU', 'Denmark:AU']],
		['Crews from the Shire of East Pilbara and Port Hedland helped.', ['East Pilbara:AU', 'Port Hedland:AU']],
		// A district named with its kind needs no cue; a town in title case opening the article with a dash is its dateline.
		['Chaos erupted in Kisiita Sub-county, Kakumiro District on Wednesday.', ['Kakumiro District:UG']],
		['Kakumiro — Chaos erupted in town.', ['Kakumiro:UG']],
		['JEWELL: Two rangers on the shore of Glenrock Lagoon, NSW.', ['NSW:AU']],
		// A region named with its kind; cities under their new names.
		['Residents of Apire in the Ashanti Region protested.', ['Ashanti Region:GH']],
		['Flooding hit Ogun State and Lagos State on Monday.', ['Ogun State:NG', 'Lagos State:NG']],
		// A county named after a British town is American unless its council says otherwise; Canada's after a town of its own.
		['Flooding hit Plymouth County, Iowa.', ['Plymouth County:US', 'Iowa:US']],
		['Colchester County Council voted.', ['Colchester County:GB']],
		['RCMP in Pictou County said the man fled.', ['Pictou County:CA']],
		// A region before "regional"; a Ghanaian town that Togo's larger one shares, beside it and Ghana's assemblies.
		['The Municipal Assembly will open posts in Sokode. Security in the Volta regional capital is a concern, the MCE said.', ['Sokode:GH', 'Volta:GH']],
		// A township is its town's own body: not Paris, France, beside Ohio and its trustees.
		['The Paris Township Trustees in Ohio will ask voters for a levy.', ['Paris:US', 'Ohio:US']],
		// Pakistan's Punjab beside its towns; India's otherwise, and its police are no one's name.
		['MULTAN: Sewage flooded Multan in Punjab, Pakistan.', ['MULTAN:PK', 'Multan:PK', 'Punjab:PK', 'Pakistan:PK']],
		['The Punjab Police arrested him near Amritsar.', ['Punjab:IN', 'Amritsar:IN']],
		// A smaller place named after a town, and a street GeoNames has a village of.
		['Police in Lyons Brook, Pictou County, said.', ['Pictou County:CA']],
		['The cars crashed at the intersection of Wairere Drive and River Road.', []],
		['KOCHI: Several parts of Kochi were flooded.', ['KOCHI:IN', 'Kochi:IN']],
		['Roads in Kochi, Japan, flooded.', ['Kochi:JP', 'Japan:JP']],
		// A region inside a person's name is none ("Iber Guerrero Lopez"); inside a body's name it is ("Ontario Provincial Police").
		['Iber Guerrero Lopez is chairperson of the board in Lancaster, Pennsylvania.', ['Lancaster:US', 'Pennsylvania:US']],
		['Officers of the Elgin Ontario Provincial Police met.', ['Ontario:CA']],
		// A shop's trade after a town is no surname: Ennis stays a town at every mention.
		['Men raided Ennis Electrical on Parnell Street in Ennis.', ['Ennis:IE']],
		// A day or a month after a town is no surname: "Sydney Thursday" is no one.
		['Police responded to a call in Sydney Thursday evening.', ['Sydney:AU']],
		['The assault behind the plaza in Sydney April 19th.', ['Sydney:AU']],
		// A town and a colon open the article as a dateline does and place its suburbs; a park named after a town is none.
		['Durban: Residents of Hazelwood, Nkonkas, Roseville and Sanathan protested in Riverside Park on Monday.', ['Durban:ZA', 'Hazelwood:ZA', 'Roseville:ZA']],
		// A saint's name owning anything is a church's: no parish of Dominica.
		['The band plays in St Patrick’s and St Seachnall’s Church in Dunshaughlin.', ['Dunshaughlin:IE']]
	])('%s → %j', (text, found) => {
		expect(findPlaces(text, world).map((p) => `${p.text}:${p.country}`)).toEqual(found);
	});
	it('demonyms and state bodies keep their country', () => {
		const found = findPlaces('A man from Birmingham was arrested. The FBI and American diplomats in Huntsville were told.', world);
		expect(found.map((p) => [p.text, p.country, p.kind])).toEqual([
			['Birmingham', 'US', 'city'],
			['FBI', 'US', 'organisation'],
			['American', 'US', 'demonym'],
			['Huntsville', 'US', 'city']
		]);
	});
});

describe('a maker on its product is no place', () => {
	it.each([
		['A Malaysia Airlines Boeing 777 crashed. Wreckage of the Boeing lay in fields.', ['Malaysia']],
		['An Airbus A320 landed in Paris.', ['Paris']],
		['Boeing said on Monday it would cut jobs in Seattle.', ['Boeing', 'Seattle']],
		['A Boeing flying to Seattle vanished. Boeing sent engineers.', ['Seattle']],
		['An FBI agent flew to Seattle. The Duma voted.', ['FBI', 'Seattle', 'Duma']],
		['Moscow 1980 was boycotted, London 2012 was not.', ['Moscow', 'London']],
		// A town the article puts people in keeps its other mentions; its anniversary's number goes.
		['Pupils from across Perth spelt out Perth 800 for the Perth 800 programme.', ['Perth']],
		// Numbers that count, not model numbers; a country or a people is no maker.
		['A British 11-month-old was flown home from Seattle.', ['British', 'Seattle']],
		['Saudi Arabia 180 million barrels, Seattle 12 percent.', ['Saudi Arabia', 'Seattle']]
	])('%s → %j', (text, names) => {
		expect(findPlaces(text, world).map((p) => p.text)).toEqual(names);
	});
});

describe('outletCountry', () => {
	it.each<[string | null, string | null, string | null]>([
		['https://www.bbc.co.uk/news/uk-scotland-123', null, 'GB'],
		['https://www.cbc.ca/news/canada/british-columbia/x', null, 'CA'],
		['https://www.abc.net.au/news/x', null, 'AU'],
		['https://www.nytimes.com/2019/x', null, null],
		['https://news.co/x', null, null],
		[null, 'BBC News', 'GB'],
		[null, 'CBC News', 'CA'],
		[null, 'Reuters', null],
		[null, null, null]
	])('%s, %s → %s', (url, source, country) => {
		expect(outletCountry(url, source)).toBe(country);
	});
});
