import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datedEvents } from '../../lib/domain/events';
import { articleId } from '../../lib/domain/ids';
import { openDb } from '../../lib/server/open-database';
import { beginBulkLoad, writeArticle } from '../../lib/server/write';
import { writeTransaction } from '../../lib/server/write-transaction';
import { StoryBuilder } from '../../lib/stories/builder';
import { mentionsOfEvents } from '../../lib/stories/mentions';
import { outletOf } from '../../lib/stories/outlet';
import { syntheticArticles } from './synthetic';

const dir = mkdtempSync(join(tmpdir(), 'dateline-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each story as its id and its events' ids, sorted: what two ways of building the stories must agree on. */
const canonical = (stories: Iterable<[id: string, events: string[]]>) => [...stories].map(([id, events]) => `${id}: ${[...events].sort().join(' ')}`).sort();

describe('the stories of the bench load', () => {
	// Big enough that stories merge and wire copies are found, small enough for a unit test.
	const data = [...syntheticArticles(3000)];

	it('are those the merger makes of the same articles on its own, whatever the batches and transactions', () => {
		const builder = new StoryBuilder();
		for (const { draft, extraction } of data) {
			const id = articleId(draft.url, draft.text);
			const mentions = mentionsOfEvents({ id, text: draft.text, title: draft.title }, extraction, datedEvents({ id, text: draft.text }, extraction));
			builder.addArticle({ id, published: draft.published.slice(0, 10), outlet: outletOf({ id, ...draft }) }, draft.text, mentions);
		}
		const alone = canonical(builder.stories().map((s) => [s.id, s.mentions.map((m) => m.eventId)]));

		const db = openDb(join(dir, 'load.sqlite'));
		const bulk = beginBulkLoad(db);
		// Batches of uneven sizes, as the CLI and the bench write them: the stories must not depend on where one ends.
		for (let at = 0, size = 1; at < data.length; at += size, size = (size * 7) % 500 || 1)
			writeTransaction(db, () => data.slice(at, at + size).forEach(({ draft, extraction }) => writeArticle(db, articleId(draft.url, draft.text), draft, extraction)));
		bulk.finish();
		const stored = db
			.prepare(`SELECT s.id, group_concat(e.id, ' ') FROM stories s JOIN story_mentions m ON m.story_seq = s.seq JOIN events e ON e.seq = m.event_seq GROUP BY s.seq`)
			.raw()
			.all() as [string, string][];
		db.close();

		expect(alone.length).toBeLessThan(2500);
		expect(builder.stories().some((s) => s.aliases.length > 0)).toBe(true);
		expect(canonical(stored.map(([id, events]) => [id, events.split(' ')]))).toEqual(alone);
		// Seconds on a quiet machine; a shared one may take many times that.
	}, 60_000);
});
