/**
 * A map that keeps only its latest `limit` keys: setting a new key beyond the limit lets go of the one set first
 * (of those still held), as a Map's first key would be. Not by `keys().next()`: a Map keeps the slots of deleted
 * entries until it grows, and its iterator steps over each, so letting the oldest of 10,000 go cost ~30 µs per
 * article at ingest. A queue of keys, each with the arrival it was set at, finds the oldest in constant time.
 */
export class RecentMap<K, V> {
	readonly #entries = new Map<K, { value: V; at: number }>();
	/** Keys in the order they arrived; `#queue[0]` arrived `#start`-th. An entry deleted (or arrived again) since is skipped. */
	#queue: K[] = [];
	#start = 0;
	#head = 0;
	#arrived = 0;

	constructor(readonly limit: number) {}

	get size(): number {
		return this.#entries.size;
	}

	get(key: K): V | undefined {
		return this.#entries.get(key)?.value;
	}

	/** Sets a key; one held already keeps its place in the order, as in a Map. */
	set(key: K, value: V): void {
		const held = this.#entries.get(key);
		if (held) {
			held.value = value;
			return;
		}
		this.#entries.set(key, { value, at: this.#arrived++ });
		this.#queue.push(key);
		if (this.#entries.size > this.limit) this.#dropOldest();
	}

	delete(key: K): void {
		this.#entries.delete(key);
	}

	#dropOldest(): void {
		for (;;) {
			const key = this.#queue[this.#head - this.#start];
			const entry = this.#entries.get(key);
			const oldest = entry !== undefined && entry.at === this.#head;
			this.#head++;
			if (oldest) {
				this.#entries.delete(key);
				break;
			}
		}
		// The queue's front is cut off now and then, not at every key.
		if (this.#head - this.#start >= this.limit) {
			this.#queue = this.#queue.slice(this.#head - this.#start);
			this.#start = this.#head;
		}
	}
}
