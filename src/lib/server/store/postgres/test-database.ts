/** For tests: a new, empty database on the run's cluster (test-cluster.ts), its URL. */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabase } from './cluster';

export function freshDatabaseUrl(): Promise<string> {
	return createDatabase(inject('postgresUrl'), `test_${randomBytes(6).toString('hex')}`);
}
