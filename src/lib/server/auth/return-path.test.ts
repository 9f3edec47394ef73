import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

const from = (next: string) => returnPath(new URL(`http://localhost:3000/signin?next=${encodeURIComponent(next)}`));

describe('returnPath', () => {
	it('keeps a path on this site, with its query and fragment', () => {
		expect(from('/?event=abc#x')).toBe('/?event=abc#x');
		expect(from('/add?x=1')).toBe('/add?x=1');
	});

	it('sends every way of naming another site home', () => {
		for (const next of ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'https://evil.example/', 'evil']) {
			expect(from(next), JSON.stringify(next)).toBe('/');
		}
	});

	it('goes home without a next', () => {
		expect(returnPath(new URL('http://localhost:3000/signin'))).toBe('/');
	});
});
