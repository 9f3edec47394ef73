import { type EventIndex, IndexBuilder } from '../../domain/event-index';
import type { CountUnit } from '../../domain/stories';
import { oneAtATime } from '../one-at-a-time';
import { type IndexRow, sortRows, spliceIndex } from '../spliced-index';
import { readCachedIndex, writeCachedIndex } from '../index-cache';
import type { Db } from '../store/db';
import { lastWritten } from './faces';

/** A story as the index reads it: number, agreed days, countries, independent outlets, articles telling it, when written. */
type StoryRow = [seq: number, first: number, last: number, countries: string, outlets: number, articles: number, written: number];

const SELECT = 'SELECT seq, first_day, last_day, countries, outlets, articles, written FROM stories';
/** The one order of stories in the index: by days, as `stories_by_days` holds them. */
const STORY_ORDER = 'first_day, last_day, countries, seq';

/** A unit's index, and the stories it was built from: those written up to `written` (faces.ts `lastWritten`). */
export interface BuiltIndex {
	index: EventIndex;
	written: number;
	/** Built from every story (not spliced): what the database keeps for the next process (index-cache.ts). */
	full?: true;
}

const lastBuilt = new WeakMap<Db, Partial<Record<CountUnit, BuiltIndex>>>();

/**
 * The compact index (domain/event-index.ts) whose rows are stories: a story's number, agreed days and
 * countries, weighed by its independent outlets; or, counting coverage, one row per article telling it
 * (the face's count of articles: each article once, copies included), each weighing 1.
 *
 * Built in full once per process; after that only the stories written since (added, grown, merged into,
 * corrected: their faces) and those deleted (merged away, emptied) are read, their old rows dropped and
 * the new ones spliced in: the same bytes, in milliseconds, where reading every story again takes a
 * second at a million events.
 */
export function storyIndex(db: Db, unit: CountUnit): Promise<EventIndex> {
	return oneAtATime(db, `story-index-${unit}`, async () => {
		const previous = lastBuilt.get(db.root)?.[unit] ?? (await cachedStoryIndex(db, unit));
		const built = previous ? await storyIndexSince(db, previous, unit) : await fullStoryIndex(db, unit);
		lastBuilt.set(db.root, { ...lastBuilt.get(db.root), [unit]: built });
		if (built.full && built !== previous) await writeCachedIndex(db, unit, built.index, { written: built.written });
		return built.index;
	});
}

/** The index of a unit built from every story. */
export async function fullStoryIndex(db: Db, unit: CountUnit): Promise<BuiltIndex> {
	// Read before the rows: what is written meanwhile is read again next time, which changes nothing if it was read now.
	const written = await lastWritten(db);
	const builder = new IndexBuilder();
	for (const row of await db.values<StoryRow>(`${SELECT} ORDER BY ${STORY_ORDER}`)) {
		for (const [seq, first, last, countries, weight] of unitRows(row, unit)) builder.add(seq, first, last, countries ? countries.split(',') : [], weight);
	}
	return { index: builder.build(), written, full: true };
}

/** A unit's index kept in the database by the last full build (index-cache.ts), for a process that has built none. */
async function cachedStoryIndex(db: Db, unit: CountUnit): Promise<BuiltIndex | null> {
	const cached = await readCachedIndex<{ written: number }>(db, unit);
	return cached && { index: cached.index, written: cached.state.written };
}

/**
 * `previous` brought up to date: the rows of the stories written or deleted since it was built spliced in or
 * out; built anew when most stories were written since (all of them, when the stories were built again).
 */
export async function storyIndexSince(db: Db, previous: BuiltIndex, unit: CountUnit): Promise<BuiltIndex> {
	const written = await lastWritten(db);
	if (written === previous.written) return previous;
	const [removed, rows] = await changedSince(db, previous.written, unit);
	if (removed.size > previous.index.count / 2) return fullStoryIndex(db, unit);
	return { index: spliceIndex(previous.index, removed, rows), written };
}

/** The numbers whose rows go, and the rows that come in their place or anew (sorted), since `written`. */
async function changedSince(db: Db, written: number, unit: CountUnit): Promise<[Set<number>, IndexRow[]]> {
	const rows = await db.values<StoryRow>(`${SELECT} WHERE written > ?`, [written]);
	const gone = await db.values<[number, number]>('SELECT seq, written FROM stories_gone WHERE written > ?', [written]);
	// A story deleted after the row read was written (a write between the two reads) is gone.
	const goneWhen = new Map<number, number>();
	for (const [seq, when] of gone) goneWhen.set(seq, Math.max(when, goneWhen.get(seq) ?? 0));
	const live = rows.filter(([seq, , , , , , when]) => !((goneWhen.get(seq) ?? 0) > when));
	return [new Set([...rows.map(([seq]) => seq), ...goneWhen.keys()]), sortRows(live.flatMap((row) => unitRows(row, unit)))];
}

/** A story's rows in a unit's index: one weighed by outlets, or one per article weighing 1. */
function unitRows([seq, first, last, countries, outlets, articles]: StoryRow, unit: CountUnit): IndexRow[] {
	return unit === 'stories' ? [[seq, first, last, countries, outlets]] : Array.from({ length: articles }, () => [seq, first, last, countries, 1] as const);
}
