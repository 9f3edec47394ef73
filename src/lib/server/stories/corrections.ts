import type { StoryCorrection } from '../../domain/stories';
import type { StoryBuilder } from '../../stories/builder';
import type { Db } from '../store/db';
import { bumpDatasetVersion } from '../version';
import { writeTransaction } from '../write-transaction';
import { drain } from './feed';
import type { StoredCorrection } from './replay';
import { resolveStory } from './resolve';
import { storiesWritten, syncedState } from './sync';

const SQL = {
	since: 'SELECT seq, body, after_article FROM story_corrections WHERE seq > ? ORDER BY seq',
	add: 'INSERT INTO story_corrections (body, after_article) VALUES (?, (SELECT coalesce(max(rowid), 0) FROM articles)) RETURNING seq',
	idOf: 'SELECT id FROM stories WHERE seq = ?'
};

/** Readers' corrections of the merging, in the order made; those after number `since`. */
export async function storedCorrections(db: Db, since = 0): Promise<StoredCorrection[]> {
	return (await db.values<[number, string, number]>(SQL.since, [since])).map(([seq, body, after]) => ({ seq, correction: JSON.parse(body) as StoryCorrection, after }));
}

/**
 * Applies a correction to a builder: the id of the story to show afterwards
 * (split: the new one; move: `to`; merge: `into`), or null when it names an
 * event or story the builder does not hold (now: after a re-extraction it may not).
 */
export function applyCorrection(builder: StoryBuilder, c: StoryCorrection): string | null {
	switch (c.op) {
		case 'split':
			return builder.storyOf(c.event) ? builder.split(c.event) : null;
		case 'move': {
			const to = builder.story(c.to);
			if (!builder.storyOf(c.event) || !to) return null;
			builder.move(c.event, to.id);
			return builder.story(to.id)!.id;
		}
		case 'merge': {
			const [story, into] = [builder.story(c.story), builder.story(c.into)];
			return story && into && story !== into ? builder.mergeInto(story.id, into.id) : null;
		}
	}
}

/** Why a correction cannot be made, for a 400. */
export class CorrectionError extends Error {}

/**
 * A reader's correction: applied to the stories, stored (to be applied again
 * after every re-extraction and re-merging), the stories it touched written
 * and marked human. Story ids may be aliases or `st-` + an event's id, as links
 * hold them; they are stored as the ids they open now. Returns the story to show.
 */
export async function correctStories(db: Db, correction: StoryCorrection): Promise<string> {
	// A refusal is returned, not thrown, out of the transaction: a rollback would make the builder be replayed.
	const outcome = await writeTransaction(db, async (tx): Promise<string | CorrectionError> => {
		const state = await syncedState(tx);
		const current = async (id: string) => {
			const seq = await resolveStory(tx, id);
			const found = seq === undefined ? undefined : (await tx.get<{ id: string }>(SQL.idOf, [seq]))?.id;
			if (!found) unknown.push(id);
			return found ?? id;
		};
		const unknown: string[] = [];
		const c: StoryCorrection =
			correction.op === 'split'
				? correction
				: correction.op === 'move'
					? { ...correction, to: await current(correction.to) }
					: { ...correction, story: await current(correction.story), into: await current(correction.into) };
		if (unknown.length) return new CorrectionError(`no story ${JSON.stringify(unknown[0].slice(0, 100))}`);
		if (c.op === 'merge' && c.story === c.into) return new CorrectionError('a story cannot be merged into itself');
		if (c.op !== 'merge' && !state.builder.storyOf(c.event)) return new CorrectionError(`no event ${JSON.stringify(c.event.slice(0, 100))}`);
		const shown = applyCorrection(state.builder, c);
		if (shown === null) return new CorrectionError('the correction names no story this one could change');
		// Mentions moved between the stories it touched: their rows are written again.
		for (const id of drain(state)) state.regrouped.add(id);
		state.lastCorrection = (await tx.get<{ seq: number }>(SQL.add, [JSON.stringify(c)]))!.seq;
		await bumpDatasetVersion(tx);
		await storiesWritten(tx);
		return shown;
	});
	if (outcome instanceof CorrectionError) throw outcome;
	return outcome;
}
