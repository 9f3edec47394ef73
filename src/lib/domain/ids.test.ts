import { describe, expect, it } from 'vitest';
import { articleId, eventId, hash } from './ids';

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
});
