import { describe, expect, it } from 'vitest';
import { GuessLimiter } from './guesses';

describe('GuessLimiter', () => {
	const clock = () => {
		const c = { t: 1_000_000, now: () => c.t };
		return c;
	};

	it('lets an address try `allowed` wrong tokens, then makes it wait until its oldest leaves the window', () => {
		const c = clock();
		const limiter = new GuessLimiter(3, 60_000, 100, c.now);
		for (let i = 0; i < 3; i++) {
			expect(limiter.retryAfter('198.18.0.1')).toBe(0);
			limiter.wrong('198.18.0.1');
			c.t += 10_000;
		}
		// Tries at 0 s, 10 s and 20 s; now 30 s: the first leaves the window at 60 s.
		expect(limiter.retryAfter('198.18.0.1')).toBe(30);
		expect(limiter.retryAfter('198.18.0.2')).toBe(0);
		c.t += 30_001;
		expect(limiter.retryAfter('198.18.0.1')).toBe(0);
		limiter.wrong('198.18.0.1');
		// Three within the window again (10 s, 20 s, 60 s): wait until the one at 10 s leaves it.
		expect(limiter.retryAfter('198.18.0.1')).toBe(10);
	});

	it('forgets the longest-waiting address first when it holds too many', () => {
		const c = clock();
		const limiter = new GuessLimiter(1, 60_000, 2, c.now);
		limiter.wrong('a');
		limiter.wrong('b');
		limiter.wrong('a');
		limiter.wrong('c');
		expect(limiter.retryAfter('b')).toBe(0);
		expect(limiter.retryAfter('a')).toBe(60);
		expect(limiter.retryAfter('c')).toBe(60);
	});
});
