import { describe, expect, it } from 'vitest';
import { viewOf } from './save';

describe('viewOf', () => {
	it('opens the main view on every day the events cover', () => {
		expect(
			viewOf([
				{ first: '2014-07-01', last: '2014-07-31' },
				{ first: '2014-05-01', last: '2014-05-31' },
				{ first: '2014-08-18', last: '2014-08-18' }
			])
		).toBe('/?from=2014-05-01&to=2014-08-18');
	});
	it('falls back to the default view without events', () => expect(viewOf([])).toBe('/'));
});
