/**
 * Vitest's global setup (vite.config.ts): one PostgreSQL cluster for the whole run,
 * its URL given to the tests, which each take a fresh database from it (test-database.ts).
 */
import type { TestProject } from 'vitest/node';
import { startCluster } from './cluster';

declare module 'vitest' {
	export interface ProvidedContext {
		postgresUrl: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const cluster = await startCluster();
	project.provide('postgresUrl', cluster.url);
	return () => cluster.stop();
}
