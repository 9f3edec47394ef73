import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openPostgres } from '../lib/server/store/postgres/open';
import { freshDatabaseUrl } from '../lib/server/store/postgres/test-database';
import { fillStore, storeContents } from '../lib/server/store/postgres/test-store';
import { openDb } from '../lib/server/store/open';
import { sqlitePath } from '../lib/server/store/test-databases';

const run = promisify(execFile);
const migrateStore = (from: string, to: string) => run('npx', ['tsx', 'src/cli/migrate-store.ts', '--from', from, '--to', to], { encoding: 'utf8' });

describe('npm run migrate-store', () => {
	it('moves a SQLite store into a new PostgreSQL database, and refuses to copy into one that is not empty', async () => {
		const path = sqlitePath();
		const source = await openDb(path);
		await fillStore(source);
		const expected = await storeContents(source);
		await source.close();
		const url = await freshDatabaseUrl();

		const { stdout } = await migrateStore(path, url);
		expect(stdout).toContain('articles: 2 rows');
		expect(stdout).toMatch(/Copied 15 rows in [\d.]+ s into test_/);
		const target = await openPostgres(url);
		try {
			expect(await storeContents(target)).toEqual(expected);

			const again = await migrateStore(path, url).catch((error: { code: number; stderr: string }) => error);
			expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('the target database is not empty (articles has rows)') });
			expect(await storeContents(target)).toEqual(expected);
		} finally {
			await target.close();
		}
	}, 60_000);
});
