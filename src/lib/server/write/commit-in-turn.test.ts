import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../domain/types';
import { articleCount } from '../queries';
import type { Db } from '../store/db';
import { seedDraft, second } from '../store/test-articles';
import { engines } from '../store/test-databases';
import { commitInTurn } from './commit-in-turn';
import { prepareArticles, type Stored } from './store-articles';

const edited = { ...seedDraft, text: `Update: the ministry confirmed the deal.\n\n${seedDraft.text}` };
const storedText = async (db: Db) => (await db.values<[string]>('SELECT text FROM articles ORDER BY text')).map(([text]) => text);

describe.each(engines)('committing batches in turn on $name', (engine) => {
	let db: Db;
	beforeEach(async () => {
		db = await engine.fresh();
	});
	afterEach(() => db.close());

	/** Commits the batches, noting each batch's outcomes as it is committed. */
	async function commitAll(batches: ArticleDraft[][], prepare = (batch: ArticleDraft[]) => prepareArticles(db, batch)) {
		const outcomes: string[][] = [];
		await commitInTurn(db, batches, prepare, (stored: Stored[]) => outcomes.push(stored.map((s) => s.outcome)));
		return outcomes;
	}

	it('commits them in order, each decided as the ones before left the store', async () => {
		// The next batch is prepared before the one before is stored: its edit of the same article still wins, and the
		// same article again is found unchanged.
		expect(await commitAll([[seedDraft], [edited, second], [second]])).toEqual([['new'], ['updated', 'new'], ['unchanged']]);
		expect(await articleCount(db)).toBe(2);
		expect(await storedText(db)).toEqual([second.text, edited.text].sort());
	});

	it('keeps the batches committed before one that fails to be prepared, and fails', async () => {
		let prepared = 0;
		const failing = async (batch: ArticleDraft[]) => {
			if (prepared++ === 1) throw new Error('unreadable batch');
			return prepareArticles(db, batch);
		};
		await expect(commitAll([[seedDraft], [second]], failing)).rejects.toThrow('unreadable batch');
		expect(await storedText(db)).toEqual([seedDraft.text]);
	});

	it('stops at a batch that fails to commit, and commits none after it', async () => {
		// A title the database refuses (NOT NULL), given after the article was extracted.
		const untitled = async (batch: ArticleDraft[]) => {
			const prepared = await prepareArticles(db, batch);
			if (batch[0] === edited) prepared[0].draft = { ...edited, title: null as unknown as string };
			return prepared;
		};
		await expect(commitAll([[seedDraft], [edited], [second]], untitled)).rejects.toThrow(/null/i);
		expect(await storedText(db)).toEqual([seedDraft.text]);
	});
});
