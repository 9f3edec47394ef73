import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { TestAddress } from './test-address.svelte';
import { DEFAULT_VIEW } from './url';
import { View } from './view.svelte';

describe('View', () => {
	it('reads the view the page was opened with, and what was wrong with its address', () => {
		const view = new View(new TestAddress('/?from=2014-05-01&to=2014-08-31&c=RU,ZZ&mode=all'));
		expect(view.state).toEqual({ ...DEFAULT_VIEW, from: '2014-05-01', to: '2014-08-31', countries: ['RU'], mode: 'all' });
		expect(view.opened.notices).toEqual(['Unknown country codes in the link were ignored: ZZ.']);
	});

	it('a step is shown at once and gets a history entry that Back undoes', () => {
		const address = new TestAddress('/?c=RU');
		const view = new View(address);
		view.push({ countries: ['RU', 'CN'] });
		expect(view.state.countries).toEqual(['RU', 'CN']);
		flushSync();
		expect(address.href).toBe('/?c=RU,CN');
		view.push({ story: 'st-abc' });
		flushSync();
		expect(address.entries.map((e) => e.href)).toEqual(['/?c=RU', '/?c=RU,CN', '/?c=RU,CN&story=st-abc']);
		address.back();
		expect(view.state).toMatchObject({ countries: ['RU', 'CN'], story: null });
		address.back();
		expect(view.state.countries).toEqual(['RU']);
		address.forward();
		expect(view.state.countries).toEqual(['RU', 'CN']);
	});

	it('an adjustment rewrites the current entry', () => {
		const address = new TestAddress('/');
		const view = new View(address);
		view.replace({ map: { lat: 50, lng: 30, zoom: 3 } });
		flushSync();
		expect(address.entries).toHaveLength(1);
		expect(address.href).toBe('/?map=50.00,30.00,3');
	});

	it('a gesture’s frames are shown but written only when it ends, as one step', () => {
		const address = new TestAddress('/');
		const view = new View(address);
		view.change({ from: '2014-05-01', to: '2014-05-31' }, false);
		view.change({ from: '2014-05-08', to: '2014-06-07' }, false);
		expect(view.previewing).toBe(true);
		expect(view.state).toMatchObject({ from: '2014-05-08', to: '2014-06-07' });
		expect(address.entries).toHaveLength(1);
		view.change({ to: '2014-06-30' }, true);
		flushSync();
		expect(view.previewing).toBe(false);
		expect(address.entries.map((e) => e.href)).toEqual(['/', '/?from=2014-05-08&to=2014-06-30']);
	});

	it('a gesture dropped leaves the view as it was', () => {
		const view = new View(new TestAddress('/?c=CN'));
		view.preview({ from: '2014-05-01' });
		view.cancelPreview();
		expect(view.previewing).toBe(false);
		expect(view.state).toEqual({ ...DEFAULT_VIEW, countries: ['CN'] });
	});

	it('shares the address of what it shows', () => {
		const view = new View(new TestAddress('/?c=CN'));
		view.preview({ q: 'gas deal' });
		expect(view.href).toBe('http://localhost/?c=CN&q=gas+deal');
	});
});
