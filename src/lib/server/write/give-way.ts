/**
 * Lets the event loop turn during long synchronous work (extracting a batch of articles), at most
 * every few milliseconds: meanwhile a batch committing sends its rows to the database and hears
 * back, so that the two proceed together (see commit-in-turn.ts) rather than one waiting for the other.
 */
const EVERY_MS = 4;

let lastTurn = 0;

export async function giveWay(): Promise<void> {
	const now = performance.now();
	if (now - lastTurn < EVERY_MS) return;
	await new Promise((turned) => setImmediate(turned));
	lastTurn = performance.now();
}
