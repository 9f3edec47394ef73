import { describe, expect, it } from 'vitest';
import { resolveCountry } from './resolve-country';

describe('resolveCountry', () => {
	it.each([
		['RU', 'RU'],
		['ru', 'RU'],
		['Russia', 'RU'],
		['russian federation', 'RU'],
		['Russian', 'RU'],
		['Chinese', 'CN'],
		['the Kremlin', 'RU'],
		['United States', 'US'],
		['U.S.', 'US'],
		['Burma', 'MM']
	])('%s → %s', (input, code) => expect(resolveCountry(input)).toBe(code));

	it.each(['ZZ', 'Europe', 'NATO', '', 'xyz'])('%s names no single country', (input) => expect(resolveCountry(input)).toBeNull());
});
