import { StoryBuilder } from '../../stories/builder';
import type { Db } from '../store/db';

/**
 * A writing process's stories in memory: the StoryBuilder fed every stored
 * article in ingest order, and what it changed that the database does not
 * hold yet. One per database (keyed by its root, shared with its transactions); `version` is the dataset version it reflects,
 * so a process that sees another's writes (a new version it did not make)
 * builds it again from the database before it writes.
 */
export interface StoryState {
	builder: StoryBuilder;
	version: string;
	/** Each live story's number in the database, by id (numbers are given as stories start, before they are written). */
	seqOf: Map<string, number>;
	nextSeq: number;
	/**
	 * Where the database stood when it was last in step with it: the last article (rowid) and
	 * correction fed, and how many times the stories had been built again from the events. If
	 * only articles and corrections came since, feeding those catches up (see sync.ts).
	 */
	lastArticle: number;
	lastCorrection: number;
	rebuilds: string;
	/** Stories whose face changed since the last write. */
	changed: Set<string>;
	/** Stories merged into another since the last write, in order, with the numbers they had then. */
	merged: { gone: string; goneSeq: number; survivor: string; survivorSeq: number }[];
	/** Numbers of the stories an article's removal left empty since the last write: their rows go. */
	removed: number[];
	/** Wire copies found since the last write: [article, the article it copies]. */
	copies: [string, string][];
	/** Stories whose mentions a reader moved: their mentions' rows are written again. */
	regrouped: Set<string>;
	/**
	 * The builder no longer matches the stored events (an article changed or went): it is built again
	 * from them before the transaction commits, or when a bulk load finishes (`deferRebuild`).
	 */
	stale: boolean;
}

const states = new WeakMap<Db, StoryState>();
/** Databases in a bulk load: stale stories are built again once, when it finishes, not after every batch. */
const deferring = new WeakSet<Db>();

export const deferRebuild = (db: Db, defer: boolean): void => void (defer ? deferring.add(db.root) : deferring.delete(db.root));
export const rebuildDeferred = (db: Db): boolean => deferring.has(db.root);

export const stateOf = (db: Db): StoryState | undefined => states.get(db.root);
export const setState = (db: Db, state: StoryState): void => void states.set(db.root, state);
export const forgetState = (db: Db): void => void states.delete(db.root);

export function emptyState(version: string, builder = new StoryBuilder()): StoryState {
	return {
		builder,
		version,
		seqOf: new Map(),
		nextSeq: 1,
		lastArticle: 0,
		lastCorrection: 0,
		rebuilds: '0',
		changed: new Set(),
		merged: [],
		removed: [],
		copies: [],
		regrouped: new Set(),
		stale: false
	};
}

const schemas = new WeakMap<Db, boolean>();

/**
 * Whether the database has the stories' tables (SQLite's migration 5, which also wrote the meta row
 * `stories_stale`): a database opened at an older schema (migrations' own tests) is written without stories.
 */
export async function hasStories(db: Db): Promise<boolean> {
	let has = schemas.get(db.root);
	if (has === undefined) schemas.set(db.root, (has = (await db.get(`SELECT 1 AS found FROM meta WHERE key = 'stories_stale'`)) !== undefined));
	return has;
}
