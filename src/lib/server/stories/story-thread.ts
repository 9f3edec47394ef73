/**
 * A bulk load's stories, merged on a worker thread while the load writes (write/bulk-load.ts). Merging was most of
 * an ingest's work, done in turn with the writing on one thread. Now the load marks the stories stale, as a
 * `--reextract` does; the thread is fed every stored article's mentions, then each batch's as it commits; and when
 * the load finishes, what the thread changed is written (persist.ts `writeFedChanges`), in place of building the
 * stories again from the stored events.
 * Anything it was not fed (an article written over or deleted, another process's write) has them built as before.
 */
import { Worker } from 'node:worker_threads';
import type { StoryCorrection } from '../../domain/stories';
import { type Signed, signature } from '../../stories/copies';
import type { Mention, StoryArticle } from '../../stories/types';
import type { Db } from '../store/db';
import { bumpDatasetVersion, datasetVersion } from '../version';
import { onWriteTransaction, writeTransaction } from '../write-transaction';
import { storedCorrections } from './corrections';
import { type FedChanges, storedStale, writeFedChanges } from './persist';
import { replay } from './replay';
import { forgetState, hasStories, stateOf } from './state';
import { storiesStale } from './sync';

/** An article as the builder takes it (StoryBuilder.addArticle), its copy signature made on this side. */
interface FedArticle {
	article: Omit<StoryArticle, 'copyOf'>;
	signed: Signed;
	mentions: Mention[];
}

export type ThreadMessage =
	| { kind: 'articles'; articles: FedArticle[] }
	| { kind: 'correct'; correction: StoryCorrection }
	| { kind: 'replayed' }
	| { kind: 'finish' };
export type ThreadReply = { kind: 'fed' } | { kind: 'changes'; changes: FedChanges };

const SQL = {
	articles: 'SELECT count(*) AS n FROM articles',
	anyArticle: 'SELECT 1 AS found FROM articles LIMIT 1',
	lastEvent: 'SELECT coalesce(max(seq), 0) AS last FROM events',
	eventsSince: 'SELECT id, seq FROM events WHERE seq > ?'
};

/** Articles posted to the thread at a time: one message each would cost more than the copying. */
const POST_EVERY = 500;
/** Messages of articles the thread may have waiting (a few seconds' merging) before the load waits for it: its queue is bounded. */
const WAITING = 32;

export class StoryThread {
	readonly #worker: Worker;
	readonly #changes: Promise<FedChanges>;
	/** Articles not posted yet. */
	#unposted: FedArticle[] = [];
	/** Articles the write transaction in progress wrote: fed once it commits, dropped if it rolls back. */
	#uncommitted: FedArticle[] = [];
	/** Articles fed: while `#valid`, every stored article in ingest order. */
	#fed = 0;
	/** The last correction fed (its number). */
	#lastCorrection = 0;
	/** False once an article it was fed is written over or deleted: its stories are then not the stored events'. */
	#valid = true;
	/** The last event stored before the load: the load's own come after it. */
	#lastEvent = 0;
	/** Messages of articles posted and not merged yet, and what waits for fewer. */
	#waiting = 0;
	#wake = () => {};
	#stopped = false;

	constructor(worker: Worker) {
		this.#worker = worker;
		this.#changes = new Promise((resolve, reject) => {
			const stopped = (error: Error) => {
				this.#stopped = true;
				this.#wake();
				reject(error);
			};
			worker.on('message', (reply: ThreadReply) => {
				if (reply.kind === 'changes') return resolve(reply.changes);
				this.#waiting--;
				this.#wake();
			});
			worker.once('error', stopped);
			worker.once('exit', (code) => stopped(new Error(`it stopped (${code})`)));
		});
		// A failure is the caller's only when it asks for the stories (`writeStories`); until then nothing waits on it.
		this.#changes.catch(() => {});
		// It keeps no process alive that does not wait for it.
		worker.unref();
	}

	/** As a replay feeds a builder: the copy signature is made here, and only it goes over, not the text. */
	addArticle(article: FedArticle['article'], text: string | Signed, mentions: Mention[]): void {
		const signed = typeof text === 'string' ? { signature: signature(text) } : text;
		if (this.#unposted.push({ article, signed, mentions }) === POST_EVERY) this.#post();
	}

	#post(): void {
		if (!this.#unposted.length) return;
		this.#worker.postMessage({ kind: 'articles', articles: this.#unposted } satisfies ThreadMessage);
		this.#waiting++;
		this.#fed += this.#unposted.length;
		this.#unposted = [];
	}

	/** Resolves once the thread has few enough articles waiting (or has stopped): a load waits for it there. */
	async room(): Promise<void> {
		while (this.#waiting >= WAITING && !this.#stopped) await new Promise<void>((wake) => (this.#wake = wake));
	}

	#correct(correction: StoryCorrection): void {
		this.#post();
		this.#worker.postMessage({ kind: 'correct', correction } satisfies ThreadMessage);
	}

	/**
	 * Feeds every stored article and correction, in the transaction that marks the stories stale (nothing comes
	 * between): the thread then holds the stored stories, and tells what changes from there.
	 */
	async replay(tx: Db): Promise<void> {
		const corrections = await storedCorrections(tx);
		await replay(tx, this, corrections, (c) => this.#correct(c));
		this.#post();
		this.#worker.postMessage({ kind: 'replayed' } satisfies ThreadMessage);
		this.#lastCorrection = corrections.at(-1)?.seq ?? 0;
		this.#lastEvent = (await tx.get<{ last: number }>(SQL.lastEvent))!.last;
	}

	/** An article the load wrote, as the builder takes it: fed once its transaction commits. */
	async wrote(article: FedArticle['article'], text: string, mentions: Mention[]): Promise<void> {
		await this.room();
		this.#uncommitted.push({ article, signed: { signature: signature(text) }, mentions });
	}

	committed(): void {
		for (const { article, signed, mentions } of this.#uncommitted) this.addArticle(article, signed, mentions);
		this.#uncommitted = [];
	}

	rolledBack(): void {
		this.#uncommitted = [];
	}

	invalidate(): void {
		this.#valid = false;
		// Whatever it merges from now on would be passed over.
		void this.stop();
	}

	/**
	 * In a write transaction as the load ends: writes what the thread changed when it was fed every stored article
	 * and correction and nobody else wrote since this process did, and says whether it did. The stories are then
	 * those the stored ones fed the load's articles make, as another process in step before the load makes them by
	 * feeding the same (sync.ts `caughtUp`). This process's own builder is forgotten: the next write here builds it
	 * again (and writes nothing).
	 */
	async writeStories(tx: Db): Promise<boolean> {
		this.#post();
		const state = stateOf(tx);
		if (!this.#valid || !state?.stale || state.version !== (await datasetVersion(tx))) return false;
		if ((await tx.get<{ n: number }>(SQL.articles))!.n !== this.#fed) return false;
		if ((await storedCorrections(tx, this.#lastCorrection)).length) return false;
		this.#worker.postMessage({ kind: 'finish' } satisfies ThreadMessage);
		// Read while the thread finishes.
		const eventSeqs = new Map(await tx.values<[string, number]>(SQL.eventsSince, [this.#lastEvent]));
		// Waited for, it keeps the process alive until it answers.
		this.#worker.ref();
		const changes = await this.#changes.catch((error: Error) => {
			// Nothing is lost: the stories are built from the stored events instead, as they are without a thread.
			console.warn(`the story thread failed (${error.message}): the stories are built from the stored events instead`);
			return null;
		});
		this.#worker.unref();
		if (!changes) return false;
		await writeFedChanges(tx, changes, eventSeqs);
		await bumpDatasetVersion(tx);
		forgetState(tx);
		return true;
	}

	stop(): Promise<number> {
		return this.#worker.terminate();
	}
}

const threads = new WeakMap<Db, StoryThread>();

/** The story thread of a database's bulk load, if it has one. */
export const storyThreadOf = (db: Db): StoryThread | undefined => threads.get(db.root);

/**
 * Starts a bulk load's story thread: the stories are marked stale (to be built at the end: sync.ts `rebuildIfStale`),
 * and the thread is fed what is stored. None when the database has no stories, when they are stale already (a load
 * killed before it ended: built again at the end as they were before threads), or where no thread can start: the
 * built server, which makes no bulk loads, has no TypeScript source for it.
 */
export async function startStoryThread(db: Db): Promise<StoryThread | null> {
	if (!(await hasStories(db))) return null;
	const worker = storyWorker();
	if (!worker) return null;
	const thread = new StoryThread(worker);
	let inStep = false;
	try {
		await writeTransaction(db, async (tx) => {
			// A new database's stories are marked stale until its first write: it holds none to be out of step.
			inStep = !(await storedStale(tx)) || !(await tx.get(SQL.anyArticle));
			if (inStep) await thread.replay(tx);
			await storiesStale(tx);
		});
	} catch (error) {
		await thread.stop();
		throw error;
	}
	if (!inStep) {
		await thread.stop();
		return null;
	}
	threads.set(db.root, thread);
	return thread;
}

/** Ends a database's story thread. */
export async function stopStoryThread(db: Db): Promise<void> {
	const thread = threads.get(db.root);
	threads.delete(db.root);
	await thread?.stop();
}

/** The worker, its TypeScript loaded as the CLI's is (tsx); null when this module does not run from source. */
function storyWorker(): Worker | null {
	const here = import.meta.url;
	if (!here.endsWith('.ts')) return null;
	// Not a literal `new URL('…', import.meta.url)`, which a build would take for an asset to bundle.
	const file = 'story-thread.worker.ts';
	const [tsx, worker] = [import.meta.resolve('tsx/esm/api'), new URL(file, here).href];
	return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => (register(), import(${JSON.stringify(worker)})))`, {
		eval: true,
		// As package.json runs the CLI: a larger young generation, for the builder's many short-lived objects.
		resourceLimits: { maxYoungGenerationSizeMb: 192 }
	});
}

onWriteTransaction({
	afterCommit: (db) => storyThreadOf(db)?.committed(),
	afterRollback: (db) => storyThreadOf(db)?.rolledBack()
});
