/** The country a clock time's zone tells, and times that tell none. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaceLookup } from './cities';
import { clockCountry } from './clock';
import { extract } from './index';
import { loadWorldGazetteer } from './world-gazetteer.server';

describe('clockCountry', () => {
	it.each([
		['The new price is effective from 7 a.m. CT today until 11:59 p.m. CT on Sunday.', 'US'],
		['Polls close at 8 p.m. ET.', 'US'],
		['The launch is set for 10:30am EDT.', 'US'],
		['Doors open at 9am BST.', 'GB'],
		['Kick-off is at 7.30pm AEST, or 1930 AEST on the broadcaster’s clock.', 'AU'],
		['The market opened at 9 a.m. (JST).', 'JP'],
		['Results are due at 9 p.m. Eastern time.', 'US']
	])('%s → %s', (text, country) => {
		expect(clockCountry(text)).toBe(country);
	});

	it.each([
		['The truce took effect at 6 p.m. local time (1500 GMT).'],
		['The meeting starts at 10:00 CET in Brussels.'],
		['Flights resume at 0600 IST.'],
		['The US and the UK signed at 3 p.m.'],
		['Profit reached $5 million in the fourth quarter of 2015.'],
		['The hospital ran 7 CT scans and 2 PET scans.']
	])('%s → none', (text) => {
		expect(clockCountry(text)).toBeNull();
	});
});

describe('the clock as a clue to where the towns are', () => {
	let world: PlaceLookup;
	beforeAll(() => {
		world = loadWorldGazetteer();
	});
	const birmingham = (text: string) => extract({ id: 't', published: '2018-04-05', text }, { world }).places.find((p) => p.text === 'Birmingham')?.country;

	it('places a town by the zone the article tells the time in, else the larger place', () => {
		expect(birmingham('Organizers cut prices for the Birmingham festival, effective from 7 a.m. CT today.')).toBe('US');
		expect(birmingham('Organizers cut prices for the Birmingham festival, effective from 7 a.m. today.')).toBe('GB');
	});
});
