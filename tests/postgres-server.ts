/**
 * The app on PostgreSQL for the browser tests' second project (playwright.config.ts): a
 * throwaway cluster of its own (store/postgres/cluster.ts), filled with the bundled
 * articles by the README's ingest command, served by the production build that the
 * first web server's `npm start` made. Runs until stopped; the cluster goes with it
 * (also when killed outright: the cluster's parent-death signal).
 *
 *   PORT=4174 tsx tests/postgres-server.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import { createDatabase, startCluster } from '../src/lib/server/store/postgres/cluster';

const cluster = await startCluster();
const env = { ...process.env, DATELINE_DATABASE_URL: await createDatabase(cluster.url, 'e2e') };
const ingest = spawnSync('npm', ['run', 'ingest', '--', '--if-empty', 'data/articles'], { env, stdio: 'inherit' });
if (ingest.status !== 0) {
	await cluster.stop();
	process.exit(ingest.status ?? 1);
}
const server = spawn(process.execPath, ['build'], { env, stdio: 'inherit' });
const stop = async () => {
	server.kill('SIGTERM');
	await cluster.stop();
	process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
server.once('exit', async (code) => {
	await cluster.stop();
	process.exit(code ?? 1);
});
