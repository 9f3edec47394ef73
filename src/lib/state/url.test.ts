import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, decodeView, encodeView, viewHref, type ViewState } from './url';

const decode = (query: string) => decodeView(new URLSearchParams(query));

const full: ViewState = {
	from: '2014-05-01',
	to: '2014-08-31',
	zoom: ['2014-01-01', '2014-12-31'],
	countries: ['RU', 'CN'],
	mode: 'all',
	q: 'software deal',
	count: 'articles',
	story: 'st-k3j2h1',
	map: { lat: 45.5, lng: 100.25, zoom: 3.5 }
};

describe('view URL codec', () => {
	it('writes readable values in a fixed order', () => {
		expect(viewHref(full)).toBe(
			'/?from=2014-05-01&to=2014-08-31&c=RU,CN&mode=all&q=software+deal&count=articles&story=st-k3j2h1&zoom=2014-01-01,2014-12-31&map=45.50,100.25,3.5'
		);
	});

	it('round-trips every part of a view', () => {
		const { state, notices } = decodeView(encodeView(full));
		expect(state).toEqual(full);
		expect(notices).toEqual([]);
	});

	it('leaves defaults out of the address', () => {
		expect(viewHref(DEFAULT_VIEW)).toBe('/');
		expect(decode('').state).toEqual(DEFAULT_VIEW);
	});

	it('ignores unknown keys', () => {
		expect(decode('utm_source=x&foo=bar&c=RU')).toEqual({ state: { ...DEFAULT_VIEW, countries: ['RU'] }, notices: [] });
	});

	it.each([
		['from=2014-02-30&to=2014-08-31', { from: null, to: null }, /impossible date/],
		['from=2014-09-01&to=2014-05-01', { from: null, to: null }, /ended before it began/],
		['c=RU,ZZ,XX', { countries: ['RU'] }, /Unknown country codes.*ZZ, XX/],
		['c=<script>alert(1)</script>', { countries: [] }, /Unknown country codes/],
		['mode=most', { mode: 'any' }, /country mode/],
		['event=../../etc/passwd', { story: null }, /not a valid id/],
		['story=st-../x', { story: null }, /story was not a valid id/],
		['story=k3j2h1', { story: null }, /story was not a valid id/],
		['count=everything', { count: 'stories' }, /“count” was not/],
		['map=95,0,3', { map: null }, /map position/],
		['map=NaN,1,2', { map: null }, /map position/],
		['zoom=2014-12-31,2014-01-01', { zoom: null }, /timeline zoom/],
		[`from=${'9'.repeat(10_000)}`, { from: null }, /too long/],
		[`q=${'a'.repeat(10_000)}`, { q: 'a'.repeat(200) }, /cut to 200/]
	])('replaces a hostile %s by its default, with a notice', (query, expected, notice) => {
		const { state, notices } = decode(query);
		expect(state).toEqual({ ...DEFAULT_VIEW, ...expected });
		expect(notices.join(' ')).toMatch(notice);
	});

	it('opens the story of an old link’s event, and keeps it an event link until the story is known', () => {
		const { state, notices } = decode('event=k3j2h1');
		expect(state.story).toBe('k3j2h1');
		expect(notices).toEqual([]);
		expect(viewHref(state)).toBe('/?event=k3j2h1');
		expect(viewHref({ ...state, story: 'st-a1b2' })).toBe('/?story=st-a1b2');
	});

	it('prefers the story to an event when a link has both', () => {
		expect(decode('event=k3j2h1&story=st-a1b2').state.story).toBe('st-a1b2');
	});

	it('keeps an open-ended window', () => {
		expect(decode('from=2014-05-01').state).toMatchObject({ from: '2014-05-01', to: null });
	});
});
