import { describe, expect, it } from 'vitest';
import { countryKeys, type EventKeys, fillPostings, postingOffsets } from './postings';

// Four events: 0 involves countries 0 and 1, 1 involves 1, 2 none, 3 involves 0.
const keys: EventKeys = { start: Uint32Array.of(0, 2, 3, 3, 4), keys: Uint8Array.of(0, 1, 1, 0), size: 2 };
const identity = Uint32Array.of(0, 1, 2, 3);

describe('postingOffsets', () => {
	it('counts each key’s events and sums the counts', () => {
		expect([...postingOffsets(keys, identity, null)]).toEqual([0, 2, 4]);
	});

	it('counts only the events at the given positions', () => {
		expect([...postingOffsets(keys, identity, Uint32Array.of(1, 2))]).toEqual([0, 0, 1]);
		expect([...postingOffsets(keys, identity, new Uint32Array(0))]).toEqual([0, 0, 0]);
	});

	it('gives zeros without events, and one zero without keys', () => {
		const none = { start: Uint32Array.of(0), keys: new Uint8Array(0), size: 3 };
		expect([...postingOffsets(none, new Uint32Array(0), null)]).toEqual([0, 0, 0, 0]);
		expect([...postingOffsets({ ...none, size: 0 }, new Uint32Array(0), null)]).toEqual([0]);
	});
});

describe('fillPostings', () => {
	it('lists each key’s positions in the order the events are visited', () => {
		const offsets = postingOffsets(keys, identity, null);
		const out = new Uint32Array(4);
		fillPostings(out, offsets, keys, identity, null, null);
		expect([...out]).toEqual([0, 3, 0, 1]);
	});

	it('follows `events`: positions are places in it, values are read by event', () => {
		// Date order: event 3, 1, 0, 2.
		const order = Uint32Array.of(3, 1, 0, 2);
		const offsets = postingOffsets(keys, order, null);
		const positions = new Uint32Array(4);
		fillPostings(positions, offsets, keys, order, null, null);
		expect([...positions]).toEqual([0, 2, 1, 2]);
		const days = new Int32Array(4);
		fillPostings(days, offsets, keys, order, null, Int32Array.of(100, 101, 102, 103));
		expect([...days]).toEqual([103, 100, 101, 100]);
	});

	it('visits the given positions in the given order, leaving the offsets as they were', () => {
		const positions = Uint32Array.of(3, 0);
		const offsets = postingOffsets(keys, identity, positions);
		expect([...offsets]).toEqual([0, 2, 3]);
		const out = new Int32Array(3);
		fillPostings(out, offsets, keys, identity, positions, Int32Array.of(100, 101, 102, 103));
		expect([...out]).toEqual([103, 100, 100]);
		expect([...offsets]).toEqual([0, 2, 3]);
	});

	it('writes nothing without events', () => {
		const none = { start: Uint32Array.of(0), keys: new Uint8Array(0), size: 2 };
		const out = new Uint32Array(0);
		fillPostings(out, postingOffsets(none, new Uint32Array(0), null), none, new Uint32Array(0), null, null);
		expect(out.length).toBe(0);
	});
});

describe('countryKeys', () => {
	it('keys each event by its countries', () => {
		const index = { countryStart: Uint32Array.of(0, 2, 3), codes: Uint8Array.of(1, 0, 1), countries: ['RU', 'CN'] };
		expect(countryKeys(index)).toEqual({ start: index.countryStart, keys: index.codes, size: 2 });
	});
});
