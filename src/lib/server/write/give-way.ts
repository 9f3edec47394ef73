/**
 * Lets the event loop turn during long synchronous work (preparing a batch of articles): meanwhile a batch
 * committing to a database in another process (see commit-in-turn.ts) hears back from the server and sends
 * its next statement, so that the server and this process work at once rather than in turn. Often,
 * because each reply the commit hears late leaves the server idle until the next statement: turns 4 ms apart
 * loaded 60–62k events/s into PostgreSQL at 500k, 0.25 ms apart 65–73k.
 */
const EVERY_MS = 0.25;

let lastTurn = 0;

export async function giveWay(): Promise<void> {
	const now = performance.now();
	if (now - lastTurn < EVERY_MS) return;
	await new Promise((turned) => setImmediate(turned));
	lastTurn = performance.now();
}
