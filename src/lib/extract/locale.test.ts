/** The signs of an article's country in its own institutions and money, and what they decide for shared towns. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaceLookup } from './cities';
import { findPlaces } from './places';
import { localeSigns } from './locale';
import { loadWorldGazetteer } from './world-gazetteer.server';

describe('localeSigns', () => {
	it.each<[string, Record<string, number>]>([
		['Gardaí are investigating a crash in Co Kerry.', { IE: 2 }],
		['The owner was prosecuted by Boston Borough Council and fined £500.', { GB: 2 }],
		['The OPP is thanking members of the London Police Service.', { CA: 1 }],
		['The Sheriff’s Office said deputies responded.', { US: 1 }],
		['The Paris Township Trustees approved the levy.', { US: 1 }],
		['The Ho Municipal Assembly will build police posts, the MCE said.', { GH: 1 }],
		['Police arrested two men in Manawatū.', { NZ: 1 }],
		['The civic body will spend Rs 5 crore on roads.', { IN: 1 }],
		['Ward councillors marched to the offices of the mayor.', { ZA: 1 }],
		['MCAs in the County Assembly passed the budget.', { KE: 1 }],
		['The Sengkang GRC town council will upgrade HDB blocks.', { SG: 1 }],
		['The Shire of Denmark praised the brigades.', { AU: 1 }],
		// One kind of sign counts once, however often it comes.
		['Gardaí said gardaí would return. Garda Síochána officers left.', { IE: 1 }],
		// Words that only look like a sign.
		['The garden party was held in the district.', {}],
		['He read the A4 page twice.', {}],
		['A crash on the A94 near Scone.', { GB: 1 }]
	])('%s → %j', (text, signs) => {
		expect(Object.fromEntries(localeSigns(text))).toEqual(signs);
	});
});

describe('a town shared by several countries, with no place but the institutions to tell', () => {
	let world: PlaceLookup;
	beforeAll(() => {
		world = loadWorldGazetteer();
	});
	const countryOf = (text: string, name: string) => findPlaces(text, world).find((p) => p.text === name)?.country;
	it.each<[string, string, string]>([
		['The owner was prosecuted by Boston Borough Council after a building fell into disrepair in Boston.', 'Boston', 'GB'],
		['A crash on the A94 near Perth killed two. Police Scotland appealed for witnesses.', 'Perth', 'GB'],
		// Without the signs, the larger place.
		['A crash near Perth killed two.', 'Perth', 'AU']
	])('%s → %s = %s', (text, name, country) => {
		expect(countryOf(text, name)).toBe(country);
	});
});
