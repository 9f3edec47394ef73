/**
 * Wrong write tokens per client address, so that nobody can guess the token by trying many: after `allowed`
 * wrong tokens within `windowMs`, an address may present no token at all (right or wrong) until its oldest
 * wrong try has left the window. Its memory is bounded: past `maxAddresses` addresses, the one that has
 * waited longest is forgotten first, so a flood of addresses costs memory it cannot grow.
 */
export class GuessLimiter {
	/** Each address's wrong tries (times in ms), oldest first; the Map's order is least recently wrong first. */
	readonly #tries = new Map<string, number[]>();

	constructor(
		readonly allowed = 10,
		readonly windowMs = 15 * 60_000,
		readonly maxAddresses = 10_000,
		private readonly now: () => number = Date.now
	) {}

	/** Seconds until `address` may present a token again; 0 when it may now. */
	retryAfter(address: string): number {
		const tries = this.#recent(address);
		if (tries.length < this.allowed) return 0;
		return Math.max(1, Math.ceil((tries[tries.length - this.allowed] + this.windowMs - this.now()) / 1000));
	}

	/** Counts a wrong token from `address`. */
	wrong(address: string): void {
		const tries = this.#recent(address);
		tries.push(this.now());
		this.#tries.delete(address);
		this.#tries.set(address, tries.slice(-this.allowed));
		if (this.#tries.size > this.maxAddresses) this.#tries.delete(this.#tries.keys().next().value!);
	}

	/** The address's tries still inside the window (dropping the rest). */
	#recent(address: string): number[] {
		const since = this.now() - this.windowMs;
		const tries = (this.#tries.get(address) ?? []).filter((at) => at > since);
		if (tries.length === 0) this.#tries.delete(address);
		return tries;
	}
}

/** The server's one limiter: sign-ins and bearer tokens count together. */
export const tokenGuesses = new GuessLimiter();

/** What a refused guesser is told. */
export const tooManyGuesses = (seconds: number) => `too many wrong write tokens from this address: try again in ${Math.ceil(seconds / 60)} min`;
