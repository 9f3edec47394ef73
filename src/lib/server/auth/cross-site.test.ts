import { describe, expect, it } from 'vitest';
import { crossSiteReason } from './cross-site';

const reason = (headers: Record<string, string>, host = 'localhost:3000') => crossSiteReason(new Headers(headers), host);

describe('crossSiteReason', () => {
	it('lets through what a browser marks as this origin, and scripts, which mark nothing', () => {
		expect(reason({})).toBeNull();
		expect(reason({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' })).toBeNull();
		expect(reason({ origin: 'http://LOCALHOST:3000' })).toBeNull();
		expect(reason({ 'sec-fetch-site': 'none' })).toBeNull();
	});

	it('refuses other origins, other ports of the same name, opaque origins and other sites', () => {
		expect(reason({ origin: 'http://evil.example' })).toMatch(/from http:\/\/evil.example/);
		expect(reason({ origin: 'http://localhost:3001' })).toMatch(/cannot change anything here/);
		expect(reason({ origin: 'null' })).toMatch(/opaque origin/);
		expect(reason({ 'sec-fetch-site': 'cross-site' })).toMatch(/a cross-site request/);
		expect(reason({ 'sec-fetch-site': 'same-site', origin: 'http://localhost:3000' })).toMatch(/a same-site request/);
	});
});
