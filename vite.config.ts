import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		projects: [
			// One PostgreSQL server for the run, for the tests of the PostgreSQL engine (each takes a fresh database).
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.svelte.test.ts'], globalSetup: ['src/lib/server/store/postgres/test-cluster.ts'] }
			},
			// Reactive classes (`*.svelte.ts`) run with Svelte's client runtime, the one that runs effects.
			{ extends: true, resolve: { conditions: ['browser'] }, test: { name: 'runes', include: ['src/**/*.svelte.test.ts'], environment: './vitest.runes-environment.ts' } }
		]
	}
});
