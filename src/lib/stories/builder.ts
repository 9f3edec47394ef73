import background from './background.json';
import { CopyIndex } from './copies';
import { dayKey, fileKeys, lookupKeys } from './date-keys';
import { dateRelation } from './dates';
import { agreedDate } from './face';
import { DocumentFrequency } from './idf';
import { decideJoin, type JoinDecision } from './join';
import { StoryIndex } from './story-index';
import type { Mention, Story, StoryArticle } from './types';

/** Rarest words of a mention a story is filed and looked up under. */
const INDEX_WORDS = 5;
/** Articles whose mentions are kept for their copies to find. */
const RECENT_ARTICLES = 10_000;
/**
 * Rarity (idf) of a word an index token must have: held by fewer than about one
 * clause in 150. A common word would file a story beside thousands of others.
 */
const RARE = 5;
/** A second story the mention joins this far above the bar, with compatible dates, is the same happening: they merge. */
const MERGE_MARGIN = 0;

/**
 * Builds stories incrementally: each new mention is compared with the stories
 * the index offers (same date windows, a shared rare word) and joins the one
 * it agrees with most, or starts its own. A mention of an article that copies
 * an earlier one joins the story of the mention it copies. Ids are stable:
 * a story is named after its first mention's event id, and when two stories
 * merge the older id survives and the other becomes its alias.
 */
export class StoryBuilder {
	readonly idf = new DocumentFrequency(background);
	readonly index = new StoryIndex();
	readonly copies = new CopyIndex();
	readonly articles = new Map<string, StoryArticle>();
	/** Stories by number, in creation order; a merged-away story's slot points at its survivor. */
	#stories: Story[] = [];
	#parent: number[] = [];
	#byId = new Map<string, number>();
	/** Which story each mention of the latest articles is in, by event id: where a copy's mentions go. */
	#storyOfEvent = new Map<string, number>();
	/** The latest articles' mentions, for the copies of them that come later. */
	#mentionsOfArticle = new Map<string, Mention[]>();

	/** Adds an article and its mentions (in reading order); returns the story each mention joined. */
	addArticle(article: Omit<StoryArticle, 'copyOf'>, text: string, mentions: Mention[]): string[] {
		const copyOf = this.copies.add(article.id, text);
		this.articles.set(article.id, { ...article, copyOf });
		for (const m of mentions) this.idf.add(m.words, m.context);
		const copied = copyOf ? (this.#mentionsOfArticle.get(copyOf) ?? []) : [];
		this.#mentionsOfArticle.set(article.id, mentions);
		// Copies come within days: the oldest articles' mentions are let go (Maps iterate in insertion order).
		if (this.#mentionsOfArticle.size > RECENT_ARTICLES) {
			const [oldest, old] = this.#mentionsOfArticle.entries().next().value!;
			this.#mentionsOfArticle.delete(oldest);
			for (const m of old) this.#storyOfEvent.delete(m.eventId);
		}
		// The surest joins first: of two events of one sentence, the one that tells the story takes it, and the other
		// ("analysts said on Thursday") is then kept out of it as another event of the same sentence.
		const shared = new Set(mentions.map((m) => m.sentence)).size < mentions.length;
		const order = mentions.map((m, i) => ({ i, margin: shared ? (this.#ranked(m)[0]?.d.margin ?? -Infinity) : 0 })).sort((a, b) => b.margin - a.margin || a.i - b.i);
		const joined: string[] = [];
		for (const { i } of order) joined[i] = this.#stories[this.#add(mentions[i], copied)].id;
		return joined;
	}

	/** Every story that still exists, in creation order. */
	stories(): Story[] {
		return this.#stories.filter((_, i) => this.#parent[i] === i);
	}

	/** The story with this id or alias. */
	story(id: string): Story | undefined {
		const n = this.#byId.get(id);
		return n === undefined ? undefined : this.#stories[this.#find(n)];
	}

	/** Merges two stories: the older survives, the other's id becomes its alias. Returns the survivor's id. */
	merge(a: string, b: string): string {
		const [x, y] = [this.#byId.get(a), this.#byId.get(b)];
		if (x === undefined || y === undefined) throw new Error(`no story ${x === undefined ? a : b}`);
		return this.#stories[this.#merge(this.#find(x), this.#find(y))].id;
	}

	#add(mention: Mention, copied: Mention[]): number {
		const twin = copied.find((c) => c.value === mention.value && c.summary === mention.summary);
		const tokens = this.#tokens(mention);
		const keys = mention.span ? lookupKeys(mention.span) : [];
		let chosen: number;
		if (twin) chosen = this.#find(this.#storyOfEvent.get(twin.eventId)!);
		else {
			const ranked = this.#ranked(mention, keys, tokens);
			if (ranked.length) {
				chosen = ranked[0].s;
				// A mention that joins two stories whose dates agree (the same days, or one containing the other) ties
				// one happening told apart, e.g. "in May" mentions gathered before the day-precise report came.
				for (const other of ranked.slice(1)) {
					const [a, b] = [this.#stories[chosen], this.#stories[other.s]];
					if (a.span && b.span && dateRelation(a.span, b.span) !== 'apart' && other.d.margin >= MERGE_MARGIN && !sharesSentence(a, b)) chosen = this.#merge(chosen, other.s);
				}
			} else chosen = this.#create(mention);
		}
		this.#join(chosen, mention);
		if (mention.span) this.index.add(chosen, fileKeys(mention.span), tokens);
		if (mention.span && mention.span.first === mention.span.last) this.index.add(chosen, [dayKey(mention.span.first)], countryTokens(mention));
		return chosen;
	}

	/** The stories the index offers that the mention would join, the best first. */
	#ranked(mention: Mention, keys = mention.span ? lookupKeys(mention.span) : [], tokens = this.#tokens(mention)): { s: number; d: JoinDecision }[] {
		const resolve = (s: number) => this.#find(s);
		const days = mention.span && mention.span.first === mention.span.last ? [-1, 0, 1].map((d) => dayKey(mention.span!.first + d)) : [];
		const offered = this.index.candidates(
			[
				[keys, tokens],
				[days, countryTokens(mention)]
			],
			resolve
		);
		return offered
			.map((s) => ({ s, d: decideJoin(mention, this.#stories[s], this.idf) }))
			.filter((c) => c.d.joins)
			.sort((a, b) => b.d.margin - a.d.margin || a.s - b.s);
	}

	/** A mention's index tokens: its rarest words, of the clause and of its sentence; only words rare in the corpus. */
	#tokens(mention: Mention): string[] {
		const tokens: string[] = [];
		for (const words of [mention.words, mention.context]) {
			// The n rarest by insertion into a short sorted list: no array per word (the index runs for every mention).
			const top: { w: string; idf: number }[] = [];
			for (const w of words) {
				const idf = this.idf.weight(w);
				if (idf < RARE) continue;
				let i = top.length;
				while (i > 0 && (top[i - 1].idf < idf || (top[i - 1].idf === idf && top[i - 1].w > w))) i--;
				if (i < INDEX_WORDS) top.splice(i, 0, { w, idf });
				if (top.length > INDEX_WORDS) top.pop();
			}
			for (const { w } of top) if (!tokens.includes(w)) tokens.push(w);
		}
		return tokens;
	}

	#create(mention: Mention): number {
		const n = this.#stories.length;
		const story: Story = { id: `st-${mention.eventId}`, aliases: [], mentions: [], span: null, words: new Map(), countries: new Map() };
		this.#stories.push(story);
		this.#parent.push(n);
		this.#byId.set(story.id, n);
		return n;
	}

	#join(n: number, mention: Mention): void {
		const story = this.#stories[n];
		story.mentions.push(mention);
		for (const w of mention.words) story.words.set(w, (story.words.get(w) ?? 0) + 1);
		for (const w of mention.context) story.words.set(w, (story.words.get(w) ?? 0) + 1);
		for (const c of mention.countries) story.countries.set(c, (story.countries.get(c) ?? 0) + 1);
		// A mention whose days contain the agreed date adds to its support as much as to any date it holds: no need to count again.
		const [held, agreed] = [mention.span, story.span];
		if (!(held && agreed && held.first <= agreed.first && agreed.last <= held.last)) story.span = agreedDate(story.mentions).span;
		this.#storyOfEvent.set(mention.eventId, n);
	}

	#merge(x: number, y: number): number {
		if (x === y) return x;
		const [keep, gone] = x < y ? [x, y] : [y, x];
		const [survivor, absorbed] = [this.#stories[keep], this.#stories[gone]];
		for (const m of absorbed.mentions) {
			survivor.mentions.push(m);
			for (const w of [...m.words, ...m.context]) survivor.words.set(w, (survivor.words.get(w) ?? 0) + 1);
			for (const c of m.countries) survivor.countries.set(c, (survivor.countries.get(c) ?? 0) + 1);
		}
		survivor.span = agreedDate(survivor.mentions).span;
		survivor.aliases.push(absorbed.id, ...absorbed.aliases);
		this.#parent[gone] = keep;
		return keep;
	}

	#find(n: number): number {
		while (this.#parent[n] !== n) n = this.#parent[n] = this.#parent[this.#parent[n]];
		return n;
	}
}

/**
 * A day-precise mention is filed under its day with each of its countries, and
 * looks up its day and the days either side: a day holds few stories per
 * country, and two tellings of one day need share no rare word.
 */
const countryTokens = (mention: Mention) => mention.countries.map((c) => `@${c}`);

/** Whether two stories hold events of one sentence of one article: those the extractor told apart stay apart. */
function sharesSentence(a: Story, b: Story): boolean {
	const sentences = new Set(a.mentions.map((m) => `${m.articleId}\u0000${m.sentence}`));
	return b.mentions.some((m) => sentences.has(`${m.articleId}\u0000${m.sentence}`));
}
