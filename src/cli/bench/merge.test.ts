import { describe, expect, it } from 'vitest';
import { datedEvents } from '../../lib/domain/events';
import { articleId } from '../../lib/domain/ids';
import { engines } from '../../lib/server/store/test-databases';
import { beginBulkLoad, writeArticle } from '../../lib/server/write';
import { writeTransaction } from '../../lib/server/write-transaction';
import { StoryBuilder } from '../../lib/stories/builder';
import { mentionsOfEvents } from '../../lib/stories/mentions';
import { outletOf } from '../../lib/stories/outlet';
import { syntheticArticles } from './synthetic';

/** Each story as its id and its events' ids, sorted: what two ways of building the stories must agree on. */
const canonical = (stories: Iterable<[id: string, events: string[]]>) => [...stories].map(([id, events]) => `${id}: ${[...events].sort().join(' ')}`).sort();

describe.each(engines)('the stories of the bench load on $name', (engine) => {
	// Big enough that stories merge and wire copies are found, small enough for a unit test.
	const data = [...syntheticArticles(3000)];

	it('are those the merger makes of the same articles on its own, whatever the batches and transactions', async () => {
		const builder = new StoryBuilder();
		for (const { draft, extraction } of data) {
			const id = articleId(draft.url, draft.text);
			const mentions = mentionsOfEvents({ id, text: draft.text, title: draft.title }, extraction, datedEvents({ id, text: draft.text }, extraction));
			builder.addArticle({ id, published: draft.published.slice(0, 10), outlet: outletOf({ id, ...draft }) }, draft.text, mentions);
		}
		const alone = canonical(builder.stories().map((s) => [s.id, s.mentions.map((m) => m.eventId)]));

		const db = await engine.fresh();
		const bulk = await beginBulkLoad(db);
		// Batches of uneven sizes, as the CLI and the bench write them: the stories must not depend on where one ends.
		for (let at = 0, size = 1; at < data.length; at += size, size = (size * 7) % 500 || 1) {
			await writeTransaction(db, async (tx) => {
				for (const { draft, extraction } of data.slice(at, at + size)) await writeArticle(tx, articleId(draft.url, draft.text), draft, extraction);
			});
		}
		await bulk.finish();
		const events = new Map<string, string[]>();
		for (const [story, event] of await db.values<[string, string]>(
			'SELECT s.id, e.id FROM stories s JOIN story_mentions m ON m.story_seq = s.seq JOIN events e ON e.seq = m.event_seq'
		)) {
			events.set(story, [...(events.get(story) ?? []), event]);
		}
		await db.close();

		expect(alone.length).toBeLessThan(2500);
		expect(builder.stories().some((s) => s.aliases.length > 0)).toBe(true);
		expect(canonical(events)).toEqual(alone);
		// Seconds on a quiet machine; a shared one may take many times that.
	}, 60_000);
});
