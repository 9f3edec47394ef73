/** Which engine the settings choose, and how the database is named in messages. */
import { afterEach, describe, expect, it } from 'vitest';
import { databaseName, openDb } from './open';

describe('openDb and databaseName', () => {
	const saved = process.env.DATELINE_DATABASE_URL;
	afterEach(() => {
		if (saved === undefined) delete process.env.DATELINE_DATABASE_URL;
		else process.env.DATELINE_DATABASE_URL = saved;
	});

	it('refuses a DATELINE_DATABASE_URL that is no PostgreSQL address instead of falling back to SQLite', async () => {
		process.env.DATELINE_DATABASE_URL = 'mysql://dateline@db.example/dateline';
		await expect(openDb()).rejects.toThrow(/must be a postgres:\/\/ or postgresql:\/\/ address/);
	});

	it('names a PostgreSQL database without its password', () => {
		process.env.DATELINE_DATABASE_URL = 'postgres://dateline:s3cret@db.example:5432/dateline';
		expect(databaseName()).toBe('postgres://dateline:xxx@db.example:5432/dateline');
	});
});
