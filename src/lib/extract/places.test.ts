/**
 * Place mentions at country level, phenomenon by phenomenon, with the exact
 * country and kind; and the words that look like places but are not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaceLookup } from './cities';
import { findPlaces } from './places';
import { loadWorldGazetteer } from './world-gazetteer.server';

const places = (text: string, world?: PlaceLookup) => findPlaces(text, world).map(({ text, country, kind }) => ({ text, country, kind }));

type Case = [string, string, string | null, string]; // sentence, mention, country, kind

const cases: Record<string, Case[]> = {
	'country names, variants and historical names': [
		['Russia and China signed the deal.', 'Russia', 'RU', 'country'],
		['Sanctions by the U.S. hurt trade.', 'U.S.', 'US', 'country'],
		['Sanctions by the USA hurt trade.', 'USA', 'US', 'country'],
		['Sanctions by America hurt trade.', 'America', 'US', 'country'],
		['He moved back to the States.', 'States', 'US', 'country'],
		['Britain left the EU.', 'Britain', 'GB', 'country'],
		['The UK left the EU.', 'UK', 'GB', 'country'],
		['The Russian Federation objected.', 'Russian Federation', 'RU', 'country'],
		['The USSR collapsed in 1991.', 'USSR', 'RU', 'country'],
		['Burma held elections.', 'Burma', 'MM', 'country'],
		['Turkey closed its border.', 'Turkey', 'TR', 'country']
	],
	'demonyms and adjectives': [
		['Russian developers lost contracts.', 'Russian', 'RU', 'demonym'],
		['Russians voted on Sunday.', 'Russians', 'RU', 'demonym'],
		['Chinese servers are cheaper.', 'Chinese', 'CN', 'demonym'],
		['The U.S.-led coalition struck.', 'U.S.', 'US', 'demonym'],
		['Sino-Russian ties are warm.', 'Sino', 'CN', 'demonym'],
		['Sino-Russian ties are warm.', 'Russian', 'RU', 'demonym'],
		// Two adjectives sharing a noun after "in" are peoples', not languages.
		['Warships sailed in Ukrainian and Russian waters.', 'Ukrainian', 'UA', 'demonym']
	],
	'capitals and seats of power': [
		['Sanctions were imposed on Moscow.', 'Moscow', 'RU', 'capital'],
		['In July Beijing opened an inquiry.', 'Beijing', 'CN', 'metonym'],
		['The Kremlin has agreed to the deal.', 'Kremlin', 'RU', 'metonym'],
		['The White House declined to comment.', 'White House', 'US', 'metonym'],
		['The Pentagon sent troops.', 'Pentagon', 'US', 'metonym'],
		['Downing Street said no.', 'Downing Street', 'GB', 'metonym'],
		['Leaders met in Zhongnanhai.', 'Zhongnanhai', 'CN', 'metonym'],
		['Troops were sent to Washington.', 'Washington', 'US', 'capital'],
		['Washington said no.', 'Washington', 'US', 'metonym']
	],
	'first-level regions and abbreviations': [
		['Oil output in Texas rose.', 'Texas', 'US', 'region'],
		['Wildfires hit Alberta.', 'Alberta', 'CA', 'region'],
		['Wildfires hit Kamloops, B.C., on Monday.', 'B.C.', 'CA', 'region'],
		['A shooting in Louisville, Ky., left two dead.', 'Ky.', 'US', 'region'],
		['Farmers in Tamil Nadu protested.', 'Tamil Nadu', 'IN', 'region'],
		['Floods hit Queensland.', 'Queensland', 'AU', 'region'],
		['Voters in New Mexico went to the polls.', 'New Mexico', 'US', 'region'],
		['Voters in New Jersey went to the polls.', 'New Jersey', 'US', 'region']
	],
	'state bodies and companies that stand for a country': [
		['NSA leaker Edward Snowden fled.', 'NSA', 'US', 'organisation'],
		['The FSB arrested him.', 'FSB', 'RU', 'organisation'],
		['Xinhua reported the deal.', 'Xinhua', 'CN', 'organisation'],
		['Gazprom cut supplies.', 'Gazprom', 'RU', 'organisation'],
		['Huawei denied the claims.', 'Huawei', 'CN', 'organisation']
	],
	'groups that are no country': [
		['The EU imposed sanctions.', 'EU', null, 'region'],
		['NATO held exercises.', 'NATO', null, 'region'],
		['Relations with the West soured.', 'West', null, 'region'],
		['Europe needs gas.', 'Europe', null, 'region'],
		['The European Union objected.', 'European Union', null, 'region']
	],
	'halves of a divided country, once it is named': [
		['North Korea tested a bomb, and the North has shrugged off sanctions.', 'North', 'KP', 'metonym'],
		["South Korea said the South would resume broadcasts across the North's border.", 'South', 'KR', 'metonym'],
		['Sudan and South Sudan clashed, and the South accused Khartoum.', 'South', 'SS', 'metonym']
	],
	'cities GeoNames names otherwise': [
		['Talks on Ukraine resumed in Geneva, the US said.', 'Geneva', 'CH', 'city'],
		// Not a person: a word before the place that is no given name.
		['Officials met in London on Monday.', 'London', 'GB', 'capital'],
		['Flowers were laid at the airport in St Petersburg.', 'St Petersburg', 'RU', 'city'],
		// A city inside a longer name is the city's: the Greater Bengaluru corporation.
		['The Bruhat Bengaluru Mahanagara Palike has failed to fill potholes.', 'Bengaluru', 'IN', 'city']
	],
	'ambiguous names resolved from context': [
		['Georgia and Russia fought over South Ossetia; Tbilisi lost.', 'Georgia', 'GE', 'country'],
		['The governor of Georgia spoke in Atlanta.', 'Georgia', 'US', 'region'],
		['Jordan took in refugees from Syria.', 'Jordan', 'JO', 'country']
	]
};

describe('findPlaces (built-in gazetteer, as in the browser)', () => {
	for (const [phenomenon, rows] of Object.entries(cases)) {
		describe(phenomenon, () => {
			it.each(rows)('%s → %s = %s', (sentence, mention, country, kind) => {
				expect(places(sentence)).toContainEqual({ text: mention, country, kind });
			});
		});
	}

	describe('look-alikes that are no place', () => {
		it.each([
			['Michael Jordan scored 40 points.', 'Jordan'],
			['Jordan Peterson gave a lecture.', 'Jordan'],
			['We ate turkey and stuffing.', 'turkey'],
			['She collects fine china.', 'china'],
			['Let us go home.', 'us'],
			['Theresa May met her cabinet.', 'May'],
			// A given name makes the place a surname.
			['Bill Holland wrote about the song.', 'Holland'],
			['The ballad by Percy French was sung in Dublin.', 'French'],
			['Jack London wrote about the Klondike.', 'London'],
			// An unknown first name before a city, and no longer name after it: a person.
			['Hakeem Washington said the team had won.', 'Washington'],
			['Jerome Paris Hilton said nothing.', 'Paris'],
			// A compass half of a country not divided, or the start of a longer name.
			['Storms hit the South of the United States.', 'South'],
			['North Korea warned ships in the North Atlantic.', 'North'],
			['North Korea said the North Korean leader was well.', 'North'],
			['South Korea and China argue over the South China Sea.', 'South'],
			// The North without North Korea named: no country.
			['Floods hit the North on Monday.', 'North'],
			// A language's noun, not the country.
			['Jack Ma, a former English teacher, started Alibaba.', 'English'],
			['Russian speakers in Ukraine voted.', 'Russian'],
			['The Chinese-language press was silent.', 'Chinese'],
			['The statement was issued in Russian and English.', 'Russian']
		])('%s (%s)', (sentence, word) => {
			expect(places(sentence).map((p) => p.text)).not.toContain(word);
		});
		it('New Mexico is not Mexico, New Jersey is not Jersey', () => {
			expect(places('From New Mexico to New Jersey.')).toEqual([
				{ text: 'New Mexico', country: 'US', kind: 'region' },
				{ text: 'New Jersey', country: 'US', kind: 'region' }
			]);
		});
		it('the EU and NATO stay groups with no country', () => {
			expect(places('The EU and NATO met.').map((p) => p.country)).toEqual([null, null]);
		});
	});

	it('reports offsets into the text', () => {
		const text = "As Russia's relations with the West spoil, the Kremlin turned to China.";
		const found = findPlaces(text);
		expect(found.map((p) => text.slice(p.start, p.end))).toEqual(['Russia', 'West', 'Kremlin', 'China']);
		expect(found.map((p) => p.text)).toEqual(['Russia', 'West', 'Kremlin', 'China']);
	});
});

describe('findPlaces with the world gazetteer (CLI and server)', () => {
	let world: PlaceLookup;
	beforeAll(() => {
		world = loadWorldGazetteer();
	});
	it.each<Case>([
		['Police in Toronto arrested two men.', 'Toronto', 'CA', 'city'],
		['LOS ANGELES (AP) — Fires spread.', 'LOS ANGELES', 'US', 'city'],
		['A storm hit Slidell, La., on Sunday.', 'Slidell', 'US', 'city'],
		['Officials in Cuyahoga County said no.', 'Cuyahoga County', 'US', 'region'],
		// News shortens a town's "Mount" as GeoNames does not.
		['A crash in Mt. Juliet closed the road.', 'Mt. Juliet', 'US', 'city'],
		['Police in Mt Isa said no.', 'Mt Isa', 'AU', 'city'],
		// Irish counties as Ireland writes them, Northern Ireland's in the UK; a Kenyan county by its town.
		['Gardaí are investigating a crash in Co Kerry.', 'Co Kerry', 'IE', 'region'],
		['It happened near Abbeyfeale, Co.Kerry on Wednesday.', 'Co.Kerry', 'IE', 'region'],
		['A farm in Co. Down was raided.', 'Co. Down', 'GB', 'region'],
		['Flooding hit County Durham.', 'County Durham', 'GB', 'region'],
		['He said Nakuru County will benefit.', 'Nakuru County', 'KE', 'region'],
		// A British county's council names it so; the same name's county alone is American.
		['East Sussex County Council will close the school.', 'East Sussex County', 'GB', 'region'],
		['Kent County Council said no.', 'Kent County', 'GB', 'region'],
		['Kent County deputies said no.', 'Kent County', 'US', 'region'],
		['A stabbing in Dundalk shocked Ireland.', 'Dundalk', 'IE', 'city'],
		['Farmers in Punjab protested.', 'Punjab', 'IN', 'region'],
		// British style drops the period GeoNames writes.
		['He moved to St Louis last year.', 'St Louis', 'US', 'city'],
		// An airport is no firm: the town stays.
		['Cuban exiles drove around Miami International Airport in Miami on Saturday.', 'Miami', 'US', 'city'],
		// A major city opening a team's or a paper's name is no person's given name, nor is a word opening a sentence a surname.
		['The Houston Rockets won again. Paul scored 27 points to help Houston get its second straight victory.', 'Houston', 'US', 'city'],
		['April 5, 2018 Honolulu Are there downsides? On Oahu, home to Honolulu, jobs grew.', 'Honolulu', 'US', 'city'],
		// A list of places goes on: the next one does not place the town before it (Saipan is in the Northern Marianas).
		['Trips to Saipan, Guam, Alaska and Hawaii followed.', 'Saipan', 'MP', 'city'],
		['He lives in Paris, Texas, and works in Dallas.', 'Paris', 'US', 'city'],
		// A region in apposition places the town before it: not Rockingham, Western Australia.
		['11/12 August: Rockingham, Northamptonshire.', 'Rockingham', 'GB', 'city'],
		['11/12 August: Rockingham, Northamptonshire.', 'Northamptonshire', 'GB', 'region'],
		// A town's stock exchange is its market, and a region of a country is never a firm.
		['Shares rose on the Shanghai stock exchange. Police in Shanghai said no.', 'Shanghai', 'CN', 'city'],
		['Texas shares of the market grew.', 'Texas', 'US', 'region'],
		// "the Amazon" is the river, even where the firm is named; a state that "said it" is no firm.
		['Amazon shares rose. Fires raged in the Amazon in Brazil.', 'Amazon', null, 'region'],
		['Tamil Nadu said it had written to the Centre.', 'Tamil Nadu', 'IN', 'region'],
		['America exported more. First of America said it will cut jobs.', 'America', 'US', 'country'],
		// A diplomatic city in an American article is still Switzerland's, not Geneva, Illinois.
		['Washington accused Moscow of ignoring an agreement reached in Geneva, the US said.', 'Geneva', 'CH', 'city'],
		// News drops the diacritics and the Arabic article GeoNames writes: Łódź, Diyarbakır, Al Ḩasakah.
		['Police in Lodz arrested two men.', 'Lodz', 'PL', 'city'],
		['Floods hit Diyarbakir and Sanliurfa.', 'Diyarbakir', 'TR', 'city'],
		['Officials in Medellin said no.', 'Medellin', 'CO', 'city'],
		['Turkish jets struck near Hasakah on Monday.', 'Hasakah', 'SY', 'city'],
		['Protests spread across Ile-de-France.', 'Ile-de-France', 'FR', 'region'],
		// …and writes the diacritics GeoNames leaves out: Taupo, Whangarei.
		['He drove to Taupō on Monday.', 'Taupō', 'NZ', 'city'],
		['Police in Whangārei said no.', 'Whangārei', 'NZ', 'city'],
		// A verb after a town is told of its people when a place's preposition comes before ("Nelson says" is a person).
		['Police in Cali said two men were held.', 'Cali', 'CO', 'city'],
		// A city's municipal corporation governs it: no firm.
		['Pune: the Pune Municipal Corporation said water will flow.', 'Pune', 'IN', 'city'],
		// Two peoples, each its own; a state body's people.
		['Princip was a Bosnian Serb.', 'Serb', 'RS', 'demonym'],
		['He joined the Royal Canadian Legion.', 'Canadian', 'CA', 'demonym'],
		// Local news: a town's name before its police, officials, residents, wherever it stands.
		['Cambridge police arrested a man. Boston officers helped.', 'Cambridge', 'US', 'city'],
		['Hamilton police arrested a man. Ontario officers helped.', 'Hamilton', 'CA', 'city'],
		['Windsor has little in common with neighbouring Maidenhead.', 'Maidenhead', 'GB', 'city'],
		['Potholes in the Tuam area will be filled.', 'Tuam', 'IE', 'city'],
		// A town named after a person, where only a place fits.
		['Protests spread in Jackson on Monday.', 'Jackson', 'US', 'city'],
		['He grew up in Madison, Wis.', 'Madison', 'US', 'city'],
		// Written as GeoNames writes it, it is found as before.
		['Police in Łódź arrested two men.', 'Łódź', 'PL', 'city'],
		// English names GeoNames files under another: Göteborg, Hannover, Groznyy, Ho Chi Minh City.
		['The ferry left Gothenburg on Monday.', 'Gothenburg', 'SE', 'city'],
		['The trade fair opened in Hanover.', 'Hanover', 'DE', 'city'],
		['Officials in Grozny said no.', 'Grozny', 'RU', 'city'],
		['Traffic jams choke Saigon.', 'Saigon', 'VN', 'city'],
		// Ireland's towns, which GeoNames files under their Irish names (Droichead Nua, Gaillimh); "The" opening the sentence.
		['The Newbridge area has only two marked units, Gardaí said.', 'Newbridge', 'IE', 'city'],
		['Flights from Galway resumed.', 'Galway', 'IE', 'city'],
		// A city corporation governs its city: no firm, so the city's other mentions stay.
		['Mysuru: complaints were made to the Mysuru City Corporation.', 'Mysuru', 'IN', 'city'],
		// Still the larger namesake where nothing else tells: Syracuse, New York, not Siracusa.
		['Snow closed schools in Syracuse.', 'Syracuse', 'US', 'city'],
		// A famous city's namesake that is a major city itself needs only its region; shouted in the dateline, it is the same town.
		['HYDERABAD: The Hyderabad Water and Sewerage Corporation failed the city. Floods hit Sindh.', 'HYDERABAD', 'PK', 'city'],
		['HYDERABAD: The Hyderabad Water and Sewerage Corporation failed the city. Floods hit Sindh.', 'Hyderabad', 'PK', 'city'],
		// …and it is weighed by size there: one mention of Ontario leaves London in England.
		['Passengers flew from London to Toronto, Ontario.', 'London', 'GB', 'capital'],
		// A saint's parish, by its other places: Jamaica's St James with Montego Bay, not the Australian suburb.
		['The St James Municipal Corporation met in Montego Bay. Montego Bay Mayor Leeroy Williams chaired it.', 'St James', 'JM', 'region'],
		// A parish is named without its kind ("Hanover Parish"): Jamaica's, beside its other places.
		['KENDAL, Hanover — The road to Lucea in Hanover, Jamaica, will be fixed.', 'Hanover', 'JM', 'region']
	])('%s → %s = %s', (sentence, mention, country, kind) => {
		expect(places(sentence, world)).toContainEqual({ text: mention, country, kind });
	});
	// One sense per article: a town named as one once is the town as a noun's modifier too, not as a bare name.
	it.each<[string, string[]]>([
		['He owns horses nearby in Riverdale. He buys tickets at the Riverdale gas station.', ['Riverdale:US', 'Riverdale:US']],
		['Migrants were sent to Samos. The Samos hotspot is full, and Samos’s economy is in ruins.', ['Samos:GR', 'Samos:GR', 'Samos:GR']],
		['He owns horses nearby in Riverdale. Police say Riverdale approached the officer.', ['Riverdale:US']],
		// Without a first mention as a town, a small town's name as a modifier is none.
		['He buys tickets at the Riverdale gas station.', []]
	])('%s → %j', (text, found) => {
		expect(findPlaces(text, world).map((p) => `${p.text}:${p.country}`)).toEqual(found);
	});
	it.each([
		['Ashley Sutton won the title. Sutton was fastest.', 'Sutton'],
		['Nelson says the town is changing.', 'Nelson'],
		// A town named after a person is the person unless only a place fits.
		['Jackson said the bill would pass.', 'Jackson'],
		['The legacy of Lincoln lives on.', 'Lincoln'],
		['Madison Keys won the match.', 'Madison'],
		// A word the article also writes in lower case opens a sentence as that word (Gay is a Russian town).
		['They attacked a gay couple.\n\nGay couple Gary and Win were killed.', 'Gay'],
		['Police said the suspect fled.', 'Police'],
		['The County Council met.', 'The County'],
		// A street named after a place is no mention of it.
		['A man was robbed on Perth Road in Dundee.', 'Perth'],
		['Traffic on the New England Highway stopped near Scone.', 'New England'],
		// A people's name closing a longer name: "Cape Breton" is Nova Scotia's, no Breton of France.
		['Officers of the Cape Breton Regional Police responded.', 'Breton'],
		['Shares of Anglo American fell.', 'American'],
		['President Vladimir Putin met him.', 'Vladimir'],
		// A titled name's surname, said again alone, is the person: not Bushnell, Illinois.
		['U.S. Ambassador Prudence Bushnell met Kenyan officials. Bushnell said the talks in Nairobi went well.', 'Bushnell'],
		// A town whose name the article gives a firm is the firm at every mention.
		['Sony completed its offer for Columbia Pictures Entertainment Inc., and Columbia shareholders tendered 99%.', 'Columbia'],
		// …"the Columbia deal" too: after "the", only a river's or region's name is the place.
		['Sony completed its offer for Columbia Pictures Entertainment Inc. Sony Columbia Acquisition Corp. was formed for the Columbia deal.', 'Columbia'],
		['On the Toronto Stock Exchange, Magna shares closed up. Magna said profit fell.', 'Magna'],
		// A state body, not Congress, Arizona.
		['Hollande came under pressure from Congress and the US.', 'Congress'],
		// …save a city that is a given name too.
		['Kobe Bryant was there on Friday night. Kobe waved to the crowd.', 'Kobe'],
		// A saint's name owning a chapel is no town.
		['The wedding takes place in St George’s Chapel at Windsor Castle.', 'St George'],
		// A region after a comma, but in a list that goes on, is no apposition.
		['Smith, Leicestershire and Brown were there.', 'Leicestershire'],
		// A trade before the name, a list of firms around it, its stock or web address after it: a firm, at every mention.
		['US-based aluminium producer Alcoa signed a deal in Canada. Alcoa is based in Pittsburgh.', 'Alcoa'],
		['Hackers broke into the networks of Westinghouse Electric, Alcoa, Allegheny Technologies and US Steel. Alcoa declined to comment.', 'Alcoa'],
		['Amazon shares rose 3 percent in Poland.', 'Amazon'],
		['Shoppers complained about JD.com, Taobao, Amazon.cn and Dang Dang.', 'Amazon'],
		// A firm's name that ends in a place: the place is none there, even a country.
		['Kalamazoo, Mich.-based First of America said it will cut jobs. First of America owns eight banks.', 'America'],
		['The shares of Bank of Valletta plc fell.', 'Valletta'],
		// A place of several words the context does not take hides no town inside it: no Plenty, Victoria.
		['Floods hit the Bay of Plenty.', 'Plenty']
	])('%s: %s is a person or a word', (sentence, word) => {
		expect(places(sentence, world).map((p) => p.text)).not.toContain(word);
	});
});
