/**
 * Where the bench puts each data set: a fresh SQLite file, or a fresh database on a PostgreSQL
 * server (DATELINE_DATABASE_URL's, else a throwaway cluster the bench starts and stops itself).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import type { Db } from '../../lib/server/store/db';
import { openDb } from '../../lib/server/store/open';
import { type Cluster, startCluster } from '../../lib/server/store/postgres/cluster';
import { openPostgres } from '../../lib/server/store/postgres/open';

export type Engine = Db['engine'];

export interface BenchDatabase {
	open(): Promise<Db>;
	/** The environment that points the measured server (`node build`) at it. */
	env: Record<string, string>;
}

export interface BenchStore {
	engine: Engine;
	/** An empty database named `name`: anything of that name from an earlier run is removed first. */
	fresh(name: string): Promise<BenchDatabase>;
	stop(): Promise<void>;
}

export async function benchStore(engine: Engine, dir: string): Promise<BenchStore> {
	if (engine === 'sqlite') {
		return {
			engine,
			async fresh(name) {
				const path = join(dir, `bench-${name}.sqlite`);
				for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
				return { open: () => openDb(path), env: { DATELINE_DB: path, DATELINE_DATABASE_URL: '' } };
			},
			stop: async () => {}
		};
	}
	const given = process.env.DATELINE_DATABASE_URL;
	const cluster: Cluster | undefined = given ? undefined : await startCluster();
	const server = given ?? cluster!.url;
	return {
		engine,
		async fresh(name) {
			const database = `dateline_bench_${name.replace(/\W/g, '_')}`;
			const sql = postgres(server, { max: 1, onnotice: () => {} });
			try {
				await sql.unsafe(`DROP DATABASE IF EXISTS ${database}`);
				await sql.unsafe(`CREATE DATABASE ${database}`);
			} finally {
				await sql.end();
			}
			const url = new URL(server);
			url.pathname = `/${database}`;
			return { open: () => openPostgres(url.href), env: { DATELINE_DATABASE_URL: url.href } };
		},
		stop: async () => cluster?.stop()
	};
}
