/**
 * Moves a store's contents into a new PostgreSQL database, for a team that outgrows SQLite.
 *
 *   npm run migrate-store -- --from data/dateline.sqlite --to postgres://user@host/dateline
 *
 * The target must be empty (a database just created); its schema is made first. Every table
 * is copied as it is, stories and readers' corrections included, in one transaction on each
 * side: writers to the SQLite file wait until it is done, and a failure leaves the target empty.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '../lib/server/store/open';
import { copyStore } from '../lib/server/store/postgres/copy-store';
import { openPostgres } from '../lib/server/store/postgres/open';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
if (!values.from || !values.to || !/^postgres(ql)?:\/\//.test(values.to)) {
	console.error('usage: npm run migrate-store -- --from SQLITE_FILE --to postgres://USER@HOST[:PORT]/DATABASE');
	process.exit(2);
}
if (!existsSync(values.from)) {
	console.error(`${values.from}: no such SQLite database`);
	process.exit(2);
}

const from = await openDb(values.from);
const to = await openPostgres(values.to);
const started = performance.now();
try {
	let lap = started;
	const copied = await copyStore(from, to, ({ table, rows }) => {
		const now = performance.now();
		console.log(`${table}: ${rows} rows (${((now - lap) / 1000).toFixed(1)} s)`);
		lap = now;
	});
	const rows = copied.reduce((sum, { rows }) => sum + rows, 0);
	console.log(`Copied ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s into ${new URL(values.to).pathname.slice(1)}.`);
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
} finally {
	await Promise.all([from.close(), to.close()]);
}
