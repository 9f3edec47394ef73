import type { StoryCorrection } from '../../domain/stories';
import type { Extraction, Granularity } from '../../domain/types';
import type { StoryBuilder } from '../../stories/builder';
import { mentionsOfEvents } from '../../stories/mentions';
import { outletOf } from '../../stories/outlet';
import type { Db } from '../store/db';

/** Articles read per query while replaying: a page of texts, not the whole table in memory at once. */
const PAGE = 500;

interface ArticleRow {
	rowid: number;
	id: string;
	title: string;
	source: string | null;
	url: string | null;
	published: string;
	text: string;
	dates: string;
	places: string;
}

interface EventRow {
	seq: number;
	id: string;
	article_id: string;
	value: string;
	granularity: Granularity;
	countries: string;
	start: number;
	end: number;
	summary: string;
	confidence: number;
}

/** A stored correction and the article (rowid) after which it was made. */
export interface StoredCorrection {
	seq: number;
	correction: StoryCorrection;
	after: number;
}

export interface Replayed {
	/** Each replayed event's number, by id: where its story is written. */
	eventSeqs: Map<string, number>;
	/** The last article (rowid) fed. */
	lastArticle: number;
}

/** What a replay feeds: a builder, or a bulk load's story thread (story-thread.ts), which may ask it to wait for `room`. */
export interface Fed {
	addArticle: (...article: Parameters<StoryBuilder['addArticle']>) => unknown;
	room?(): Promise<void>;
}

/**
 * Feeds a builder every stored article and its stored events in ingest order
 * (the articles' rowids, which an update keeps), as they were fed when written,
 * without extracting anything again: a mention's words are read again from the
 * article's text. Each correction is applied again when the articles that were
 * stored when it was made have been fed. From the start, or after article `from`
 * (catching up with articles another process added).
 */
export async function replay(db: Db, builder: Fed, corrections: StoredCorrection[], apply: (c: StoryCorrection) => void, from = 0): Promise<Replayed> {
	const articles = 'SELECT rowid, id, title, source, url, published, text, dates, places FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?';
	const events = `SELECT seq, id, article_id, value, granularity, countries, start, "end", summary, confidence
		 FROM events WHERE ${db.dialect.inList('article_id', 'text')} ORDER BY seq`;
	const eventSeqs = new Map<string, number>();
	let next = from;
	let last = from;
	const pending = [...corrections];
	const applyUpTo = (rowid: number) => {
		while (pending.length && pending[0].after <= rowid) apply(pending.shift()!.correction);
	};
	for (;;) {
		const page = await db.all<ArticleRow>(articles, [last, PAGE]);
		if (page.length === 0) break;
		const byArticle = new Map<string, EventRow[]>();
		for (const e of await db.all<EventRow>(events, [JSON.stringify(page.map((a) => a.id))])) {
			const list = byArticle.get(e.article_id);
			if (list) list.push(e);
			else byArticle.set(e.article_id, [e]);
		}
		await builder.room?.();
		for (const a of page) {
			applyUpTo(a.rowid - 1);
			const stored = byArticle.get(a.id) ?? [];
			for (const e of stored) eventSeqs.set(e.id, e.seq);
			const mentions = mentionsOfEvents(
				a,
				{ dates: JSON.parse(a.dates) as Extraction['dates'], places: JSON.parse(a.places) as Extraction['places'] },
				stored.map((e) => ({
					id: e.id,
					date: { value: e.value, granularity: e.granularity },
					start: e.start,
					end: e.end,
					countries: e.countries ? e.countries.split(',') : [],
					summary: e.summary,
					confidence: e.confidence
				}))
			);
			builder.addArticle({ id: a.id, published: a.published.slice(0, 10), outlet: outletOf(a) }, a.text, mentions);
			next = a.rowid;
		}
		last = page[page.length - 1].rowid;
	}
	applyUpTo(Infinity);
	return { eventSeqs, lastArticle: next };
}
