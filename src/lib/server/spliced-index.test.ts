import { afterEach, describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../cli/bench/synthetic';
import { articleId } from '../domain/ids';
import { encodeIndex, IndexBuilder } from '../domain/event-index';
import { appendToIndex, sortRows, spliceIndex } from './spliced-index';
import { eventIndex, fullEventIndex } from './queries';
import type { Db } from './store/db';
import { engines } from './store/test-databases';
import { deleteArticle, writeArticle } from './write';
import { writeTransaction } from './write-transaction';

/** The synthetic news the bench loads: many events, over many days and countries. */
const articles = [...syntheticArticles(600)];
const idOf = (n: number) => articleId(articles[n].draft.url, articles[n].draft.text);

let db: Db;
afterEach(() => db.close());

async function write(from: number, to: number, extractionOf = (n: number) => articles[n].extraction): Promise<void> {
	await writeTransaction(db, async (tx) => {
		for (let n = from; n < to; n++) await writeArticle(tx, idOf(n), articles[n].draft, extractionOf(n));
	});
}

/** The index the server serves now (perhaps merged), and the one built from every event, as bytes. */
const served = async () => encodeIndex(await eventIndex(db));
const full = async () => encodeIndex(await fullEventIndex(db));

describe.each(engines)('the event index after writes on $name', (engine) => {
	it('takes in appended events as a full build would, and builds it again after a removal', async () => {
		db = await engine.fresh();
		await write(0, 40);
		const first = await served();
		expect(first).toEqual(await full());
		await write(40, 80);
		await write(80, 81);
		const appended = await served();
		expect(appended.byteLength).toBeGreaterThan(first.byteLength);
		expect(appended).toEqual(await full());

		// The last article written again with another's events: its events' numbers are given again, with other days and countries.
		await write(80, 81, () => articles[3].extraction);
		expect(await served()).toEqual(await full());
		await deleteArticle(db, idOf(5));
		await write(81, 90);
		const afterDelete = await served();
		expect(afterDelete).toEqual(await full());
		expect(afterDelete).not.toEqual(appended);
	});
});

describe('appendToIndex', () => {
	it('merges rows into their places and numbers the countries by first appearance, as a build does', () => {
		const base = { count: 2, countries: ['FR', 'DE'], seq: Uint32Array.of(1, 2), first: Int32Array.of(10, 20), last: Int32Array.of(10, 20), countryStart: Uint32Array.of(0, 2, 3), codes: Uint8Array.of(0, 1, 1) };
		const merged = appendToIndex(base, [
			[3, 5, 5, 'JP'],
			[4, 10, 10, 'DE'],
			[5, 20, 20, 'DE']
		]);
		// 'DE' sorts before 'FR,DE' on the same day.
		expect([...merged.seq]).toEqual([3, 4, 1, 2, 5]);
		expect(merged.countries).toEqual(['JP', 'DE', 'FR']);
		expect([...merged.codes]).toEqual([0, 1, 2, 1, 1, 1]);
		expect([...merged.countryStart]).toEqual([0, 1, 2, 4, 5, 6]);
	});
});

describe('spliceIndex', () => {
	const built = (rows: [number, number, number, string, number][]) => {
		const builder = new IndexBuilder();
		for (const [seq, first, last, countries, weight] of sortRows(rows)) builder.add(seq, first, last, countries ? countries.split(',') : [], weight);
		return builder.build();
	};

	it('drops the rows of removed numbers and places new and changed ones, weights and all, as a build does', () => {
		const before = built([
			[1, 10, 12, 'RU,CN', 3],
			[2, 10, 10, 'US', 1],
			[3, 20, 20, 'UA', 2],
			[3, 20, 20, 'UA', 2],
			[4, 30, 31, '', 1]
		]);
		// Story 3 merged into 1 (which changes), story 2 gone, story 5 new.
		const after = spliceIndex(
			before,
			new Set([1, 2, 3]),
			sortRows([
				[1, 10, 20, 'RU,CN,UA', 5],
				[5, 5, 5, 'FR', 1]
			])
		);
		const expected = built([
			[1, 10, 20, 'RU,CN,UA', 5],
			[4, 30, 31, '', 1],
			[5, 5, 5, 'FR', 1]
		]);
		expect(encodeIndex(after)).toEqual(encodeIndex(expected));
		expect([...after.seq]).toEqual([5, 1, 4]);
		expect([...after.weight!]).toEqual([1, 5, 1]);
		expect(after.countries).toEqual(['FR', 'RU', 'CN', 'UA']);
	});

	it('leaves an index with every row removed as a build of no rows: no weights', () => {
		const emptied = spliceIndex(built([[7, 1, 1, 'DE', 4]]), new Set([7]), []);
		expect(encodeIndex(emptied)).toEqual(encodeIndex(new IndexBuilder().build()));
		expect(emptied.weight).toBeUndefined();
	});
});
