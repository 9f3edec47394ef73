import { hashHalves } from '../../domain/ids';

/**
 * The event ids a bulk load has written, as 64-bit fingerprints in one typed
 * array: a million ids take 16 MB that the garbage collector never walks, and
 * adding one costs a fraction of a `Set<string>`'s (which also kept every id
 * string alive). Two ids can share a fingerprint, so `add` may wrongly answer
 * "seen" for a new id (a few times in 10^8 loads of a million events), but never
 * "new" for a repeated one: the caller takes "seen" as "maybe".
 */
export class IdFilter {
	/** Pairs of 32-bit halves; (0, 0) marks an empty slot. */
	private slots = new Uint32Array(2 * 1024);
	private count = 0;

	/** Adds an id; false if it, or another id with its fingerprint, was added before. */
	add(id: string): boolean {
		const [high, h2] = hashHalves(id);
		const low = h2 || 1; // never (0, 0)
		if (!this.insert(high, low)) return false;
		if (++this.count > this.capacity / 2) this.grow();
		return true;
	}

	private get capacity(): number {
		return this.slots.length / 2;
	}

	/** Linear probing from the high half; false if the fingerprint is there already. */
	private insert(high: number, low: number): boolean {
		const mask = this.capacity - 1;
		for (let slot = high & mask; ; slot = (slot + 1) & mask) {
			const h = this.slots[2 * slot];
			const l = this.slots[2 * slot + 1];
			if (h === 0 && l === 0) {
				this.slots[2 * slot] = high;
				this.slots[2 * slot + 1] = low;
				return true;
			}
			if (h === high && l === low) return false;
		}
	}

	/** Doubles the table, keeping it at most half full so that probes stay short. */
	private grow(): void {
		const old = this.slots;
		this.slots = new Uint32Array(old.length * 2);
		for (let i = 0; i < old.length; i += 2) if (old[i] !== 0 || old[i + 1] !== 0) this.insert(old[i], old[i + 1]);
	}
}
