import { describe, expect, it } from 'vitest';
import { RecentMap } from './recent';

/** What RecentMap stands for: a Map that lets its first key go when it holds more than the limit. */
function reference(limit: number) {
	const map = new Map<string, number>();
	return {
		map,
		set(key: string, value: number) {
			map.set(key, value);
			if (map.size > limit) map.delete(map.keys().next().value!);
		}
	};
}

describe('RecentMap', () => {
	it('keeps the latest keys, and a key set again keeps its place', () => {
		const recent = new RecentMap<string, number>(2);
		recent.set('a', 1);
		recent.set('b', 2);
		recent.set('a', 3);
		recent.set('c', 4);
		expect([recent.get('a'), recent.get('b'), recent.get('c')]).toEqual([undefined, 2, 4]);
	});

	it('lets go of the same keys as a Map would, over deletions and keys that come back', () => {
		const limit = 7;
		const recent = new RecentMap<string, number>(limit);
		const ref = reference(limit);
		// A fixed pseudo-random walk over 40 keys: sets, deletions, keys deleted and set again.
		let seed = 12345;
		const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 40;
		for (let i = 0; i < 5000; i++) {
			const key = `k${next()}`;
			if (next() < 10) {
				recent.delete(key);
				ref.map.delete(key);
			} else {
				recent.set(key, i);
				ref.set(key, i);
			}
		}
		for (let k = 0; k < 40; k++) expect(recent.get(`k${k}`)).toBe(ref.map.get(`k${k}`));
		// Full again, with new keys: the oldest held go, in the Map's order.
		for (const key of ['x', 'y', 'z']) {
			recent.set(key, 0);
			ref.set(key, 0);
		}
		expect(recent.size).toBe(limit);
		expect(ref.map.size).toBe(limit);
		for (const key of [...ref.map.keys(), 'k0', 'k1', 'k2', 'k3']) expect(recent.get(key)).toBe(ref.map.get(key));
	});
});
