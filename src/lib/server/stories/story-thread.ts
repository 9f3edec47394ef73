/**
 * A bulk load's stories, merged on a worker thread while the load writes (write/bulk-load.ts). Merging was most of
 * an ingest's work, done in turn with the writing on one thread. Now the load marks the stories stale, as a
 * `--reextract` does; the thread is fed every stored article's mentions, then each batch's as it commits; and when
 * the load finishes, its stories are written whole, in place of building them again from the stored events.
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
import { type StoriesSnapshot, storedStale, writeSnapshot } from './persist';
import { replay } from './replay';
import { forgetState, hasStories, stateOf } from './state';
import { storiesStale } from './sync';

/** An article as the builder takes it (StoryBuilder.addArticle), its copy signature made on this side. */
interface FedArticle {
	article: Omit<StoryArticle, 'copyOf'>;
	signed: Signed;
	mentions: Mention[];
}

export type ThreadMessage = { kind: 'articles'; articles: FedArticle[] } | { kind: 'correct'; correction: StoryCorrection } | { kind: 'finish' };
export type ThreadReply = { kind: 'fed' } | { kind: 'stories'; snapshot: StoriesSnapshot };

const SQL = {
	articles: 'SELECT count(*) AS n FROM articles',
	eventSeqs: 'SELECT id, seq FROM events'
};

/** Articles posted to the thread at a time: one message each would cost more than the copying. */
const POST_EVERY = 500;
/** Messages of articles the thread may have waiting (a few seconds' merging) before the load waits for it: its queue is bounded. */
const WAITING = 32;

export class StoryThread {
	readonly #worker: Worker;
	readonly #snapshot: Promise<StoriesSnapshot>;
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
	/** Whether the stored stories were the stored events' when it started (not left stale by a load before). */
	#inStep = false;
	/** Messages of articles posted and not merged yet, and what waits for fewer. */
	#waiting = 0;
	#wake = () => {};
	#stopped = false;

	constructor(worker: Worker) {
		this.#worker = worker;
		this.#snapshot = new Promise((resolve, reject) => {
			const stopped = (error: Error) => {
				this.#stopped = true;
				this.#wake();
				reject(error);
			};
			worker.on('message', (reply: ThreadReply) => {
				if (reply.kind === 'stories') return resolve(reply.snapshot);
				this.#waiting--;
				this.#wake();
			});
			worker.once('error', stopped);
			worker.once('exit', (code) => stopped(new Error(`it stopped (${code})`)));
		});
		// A failure is the caller's only when it asks for the stories (`writeStories`); until then nothing waits on it.
		this.#snapshot.catch(() => {});
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

	/** Feeds every stored article and correction, in the transaction that marks the stories stale: nothing comes between. */
	async replay(tx: Db): Promise<void> {
		this.#inStep = !(await storedStale(tx));
		const corrections = await storedCorrections(tx);
		await replay(tx, this, corrections, (c) => this.#correct(c));
		this.#post();
		this.#lastCorrection = corrections.at(-1)?.seq ?? 0;
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
	 * In the load's last write transaction: writes the thread's stories whole when they are the stored events' (it
	 * was fed every stored article and correction, and nobody else wrote since this process did), and says whether
	 * it did. This process's own builder is forgotten: the next write here builds it again (and writes nothing).
	 */
	async writeStories(tx: Db): Promise<boolean> {
		this.#post();
		const state = stateOf(tx);
		if (!this.#valid || !state?.stale || state.version !== (await datasetVersion(tx))) return false;
		if ((await tx.get<{ n: number }>(SQL.articles))!.n !== this.#fed) return false;
		if ((await storedCorrections(tx, this.#lastCorrection)).length) return false;
		this.#worker.postMessage({ kind: 'finish' } satisfies ThreadMessage);
		// Read while the thread finishes.
		const eventSeqs = new Map(await tx.values<[string, number]>(SQL.eventSeqs));
		// Waited for, it keeps the process alive until it answers.
		this.#worker.ref();
		const snapshot = await this.#snapshot.catch((error: Error) => {
			// Nothing is lost: the stories are built from the stored events instead, as they are without a thread.
			console.warn(`the story thread failed (${error.message}): the stories are built from the stored events instead`);
			return null;
		});
		this.#worker.unref();
		if (!snapshot) return false;
		await writeSnapshot(tx, snapshot, eventSeqs, this.#inStep);
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
 * and the thread is fed what is stored. None when the database has no stories, or where no thread can start: the
 * built server, which makes no bulk loads, has no TypeScript source for it.
 */
export async function startStoryThread(db: Db): Promise<StoryThread | null> {
	if (!(await hasStories(db))) return null;
	const worker = storyWorker();
	if (!worker) return null;
	const thread = new StoryThread(worker);
	try {
		await writeTransaction(db, async (tx) => {
			await thread.replay(tx);
			await storiesStale(tx);
		});
	} catch (error) {
		await thread.stop();
		throw error;
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
