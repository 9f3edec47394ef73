import { describe, expect, it } from 'vitest';
import { articleId, base36, eventId, hash } from './ids';

describe('ids', () => {
	it('are deterministic and differ for different input', () => {
		expect(hash('Russia')).toBe(hash('Russia'));
		expect(hash('Russia')).not.toBe(hash('Russib'));
		expect(eventId('a', '2014-07', 'In July Beijing')).toBe(eventId('a', '2014-07', 'In July  Beijing\n'));
		expect(eventId('a', '2014-07', 'In July Beijing')).not.toBe(eventId('a', '2014-08', 'In July Beijing'));
		expect(eventId('a', '2014-07', 'x')).not.toBe(eventId('a', '2014-07', 'x', 1));
		expect(eventId('a', '2014-07', 'x')).not.toBe(eventId('b', '2014-07', 'x'));
	});
	it('derive an article id from its URL, else its text', () => {
		const id = articleId('https://www.themoscowtimes.com/2014/08/18/wary-of-the-west', 'x');
		expect(id).toMatch(/^themoscowtimes-com-2014-08-18-wary-of-the-west-[0-9a-z]{1,6}$/);
		expect(articleId(undefined, 'some text')).toBe(articleId(undefined, 'some text'));
		expect(articleId(undefined, 'some text')).toMatch(/^text-[0-9a-z]+$/);
	});
	it('keep the ids they always had: base 36 written as toString(36) writes it', () => {
		// Ids already stored and linked were written by toString(36): every digit must agree.
		const group = 36 ** 5;
		const edges = [0, 1, 35, 36, group - 1, group, group + 1, group ** 2 - 1, group ** 2, group ** 2 + 1, 2 ** 53 - 1];
		let x = 7;
		const random = Array.from({ length: 20000 }, () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) * 0x200000 + (x & 0x1fffff));
		for (const n of [...edges, ...random]) expect(base36(n)).toBe(n.toString(36));
		expect(hash('Russia')).toBe('136g00vlx70');
	});
});
