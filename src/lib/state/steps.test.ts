import { describe, expect, it } from 'vitest';
import { parseDay } from '$lib/domain/days';
import { toggleCountry, viewOfEvents, windowPatch, zoomPatch } from './steps';

describe('toggleCountry', () => {
	it('a click chooses the country alone', () => {
		expect(toggleCountry([], 'RU', false)).toEqual(['RU']);
		expect(toggleCountry(['RU', 'CN'], 'US', false)).toEqual(['US']);
		expect(toggleCountry(['RU', 'CN'], 'CN', false)).toEqual(['CN']);
	});
	it('a click on the only chosen country clears the selection', () => {
		expect(toggleCountry(['RU'], 'RU', false)).toEqual([]);
	});
	it('an additive click adds a country at the end, or removes a chosen one', () => {
		expect(toggleCountry(['RU'], 'CN', true)).toEqual(['RU', 'CN']);
		expect(toggleCountry(['RU', 'CN', 'US'], 'CN', true)).toEqual(['RU', 'US']);
		expect(toggleCountry(['RU'], 'RU', true)).toEqual([]);
	});
	it('leaves the selection it was given as it was', () => {
		const selected = ['RU'];
		toggleCountry(selected, 'CN', true);
		expect(selected).toEqual(['RU']);
	});
});

describe('window and zoom patches', () => {
	const w = { from: parseDay('2014-05-01')!, to: parseDay('2014-08-31')! };
	it('write the days as the address does', () => {
		expect(windowPatch(w)).toEqual({ from: '2014-05-01', to: '2014-08-31' });
		expect(zoomPatch(w)).toEqual({ zoom: ['2014-05-01', '2014-08-31'] });
	});
	it('clear with null', () => {
		expect(windowPatch(null)).toEqual({ from: null, to: null });
		expect(zoomPatch(null)).toEqual({ zoom: null });
	});
});

describe('viewOfEvents', () => {
	it('opens the main view on every day the events cover', () => {
		expect(
			viewOfEvents([
				{ first: '2014-07-01', last: '2014-07-31' },
				{ first: '2014-05-01', last: '2014-05-31' },
				{ first: '2014-08-18', last: '2014-08-18' }
			])
		).toBe('/?from=2014-05-01&to=2014-08-18');
	});
	it('falls back to the default view without events', () => expect(viewOfEvents([])).toBe('/'));
});
