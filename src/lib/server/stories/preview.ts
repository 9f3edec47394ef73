import type { StoryPreview } from '../../domain/stories';
import type { ArticleDraft } from '../../domain/types';
import { articleId } from '../../domain/ids';
import { mentionsOf } from '../../stories/mentions';
import type { Db } from '../store/db';
import { datasetVersion } from '../version';
import { extractDraft } from '../write/extraction';
import { writeTransaction } from '../write-transaction';
import { storiesBySeq } from './queries';
import { stateOf } from './state';
import { syncedState } from './sync';

/**
 * Where each event of a draft article would go, in the extraction's event
 * order: the existing story it would join, or null for a new one. Nothing is
 * stored and the stories are left as they are (the builder's dry run); only a
 * process whose stories are behind the database catches up first.
 */
export async function previewStories(db: Db, draft: ArticleDraft): Promise<StoryPreview> {
	const id = articleId(draft.url, draft.text);
	const extraction = extractDraft(id, draft);
	const current = stateOf(db);
	const state = current && !current.stale && current.version === (await datasetVersion(db)) ? current : await writeTransaction(db, (tx) => syncedState(tx));
	const joins = mentionsOf({ id, text: draft.text, title: draft.title }, extraction).map((m) => (m.span ? state.builder.wouldJoin(m) : null));
	const seqs = joins.map((story) => (story ? state.seqOf.get(story.id) : undefined));
	const summaries = new Map((await storiesBySeq(db, seqs.filter((s) => s !== undefined))).map((s) => [s.seq, s]));
	return { events: seqs.map((seq) => ({ joins: (seq !== undefined && summaries.get(seq)) || null })) };
}
