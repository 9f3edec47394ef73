import type { Environment } from 'vitest/environments';

/**
 * Node, with modules transformed for the client: Svelte compiles `*.svelte.ts` runes for the
 * browser, where effects run (on the server they are no-ops). Node's own modules stay available,
 * so a reactive class can be tested over the real API handlers and a real SQLite file.
 */
export default {
	name: 'runes',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => {} })
} satisfies Environment;
