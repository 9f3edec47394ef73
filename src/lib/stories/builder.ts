import background from './background.json';
import { COPY_WINDOW, CopyIndex, type Signed } from './copies';
import { dayKey, fileKeys, keyWindow, lookupKeys, monthKeys } from './date-keys';
import { dateRelation, width } from './dates';
import { DateTally } from './date-tally';
import { DocumentFrequency } from './idf';
import { decideJoin, type JoinDecision, mayJoin, rarities } from './join';
import { DATES_APART, MergeStats, outcomeOf, WORDS_CUT_SHORT } from './merge-stats';
import { RecentMap } from './recent';
import { append } from './short-list';
import { StoryIndex, type Tokens } from './story-index';
import type { DaySpan } from '../domain/timex';
import type { Mention, Story, StoryArticle } from './types';

/** Rarest words of a mention a story is filed and looked up under. */
const INDEX_WORDS = 5;
/**
 * Rarity (idf) of a word an index token must have: held by fewer than about one
 * clause in 150. A common word would file a story beside thousands of others.
 */
const RARE = 5;
/** A second story the mention joins this far above the bar, with compatible dates, is the same happening: they merge. */
const MERGE_MARGIN = 0;
/**
 * Day stories of one month and country a month (or week) mention is offered
 * when its rare words led to no story it joins, the latest filed: it may share
 * no rare word with the day's report ("the deal agreed in May"), and at scale
 * a month holds thousands of one country's.
 */
const MONTH_COUNTRY_STORIES = 16;
/**
 * A day's stories a mention of it is offered by country alone (no shared rare word, and none of those it shares one
 * with would take it), the latest filed: on a busy day a country has dozens of stories, and comparing each would make
 * the merge's work per mention grow with the data; a telling of the day shares a rare word with its story far more
 * often. On the 300k-event bench 12 → 4 offered 0.85 → 0.65 such stories per mention, with the same B-cubed.
 */
export const DAY_COUNTRY_STORIES = 4;
/**
 * Stories of one month or year window and rare word a mention is offered, the latest filed. A word rare in the
 * corpus is not rare within a year (a minister's name, a town at war): such a posting grows with the data, and each
 * story in it is one more join to weigh and one more stale story a mention may join. A day's posting of a rare word
 * is left whole: it holds few. Measured on the 1M-event bench (candidates per mention, B-cubed P): no bound 8.0, 0.854;
 * 8 → 7.6, 0.856; 4 → 7.1, 0.858; recall 0.996 and the dev set unchanged at each. 8, like the other bounds, keeps
 * room for a month's several tellings of one name.
 */
export const COARSE_WORD_STORIES = 8;
/**
 * Stories of its month and year windows a mention is offered through its rare words, rarest first, before it stops
 * looking under the next: a word rare in the corpus (an actor's name) is common within a month at scale, and each of
 * its stories there is one more offered and declined, while the mention's rarest names have found its own.
 */
export const COARSE_ENOUGH = 8;
/** Mentions of a coarser story weighed against a story that has grown: a larger one is a theme, not one happening's echo. */
const RECONSIDER_MENTIONS = 8;

/**
 * Builds stories incrementally: each new mention is compared with the stories
 * the index offers (same date windows, a shared rare word) and joins the one
 * it agrees with most, or starts its own. A mention of an article that copies
 * an earlier one joins the story of the mention it copies. Ids are stable:
 * a story is named after its first mention's event id, and when two stories
 * merge the older id survives and the other becomes its alias.
 *
 * Readers correct it (`split`, `move`, `mergeInto`): the stories they touch
 * are marked `human`, and automatic merging never joins two stories when
 * either is (mentions still join them). `drainChanges` tells what changed
 * since it was last called, so a store writes only that.
 */
export class StoryBuilder {
	readonly idf = new DocumentFrequency(background);
	readonly index = new StoryIndex();
	readonly copies = new CopyIndex();
	/** What the merge's work per mention is made of: candidates by source and what the join made of them. */
	readonly stats = new MergeStats();
	readonly articles = new Map<string, StoryArticle>();
	/** Stories by number, in creation order; a merged-away or emptied story's slot points at where its mentions went. */
	#stories: Story[] = [];
	#parent: number[] = [];
	/** Each story's dates, what its agreed date is kept from. */
	#dates: DateTally[] = [];
	#byId = new Map<string, number>();
	/** Which story each mention is in, by event id (the slot resolves to the story that holds it now). */
	#storyOfEvent = new Map<string, number>();
	/** The latest articles' mentions, for the copies of them that come later. */
	#mentionsOfArticle = new RecentMap<string, Mention[]>(COPY_WINDOW);
	/** Stories created or changed, and ids merged away or emptied, since the last drain. */
	#changed = new Set<number>();
	#gone: string[] = [];
	/** Ids of stories left empty by an article taken out since the last drain: they open nothing now. */
	#emptied: string[] = [];

	/**
	 * Adds an article and its mentions (in reading order); returns the story each mention joined. Its text is read
	 * only for its copy signature, which a caller may give instead (copies.ts `Signed`).
	 */
	addArticle(article: Omit<StoryArticle, 'copyOf'>, text: string | Signed, mentions: Mention[]): string[] {
		const copyOf = this.copies.add(article.id, text);
		this.articles.set(article.id, { ...article, copyOf });
		for (const m of mentions) this.idf.add(m.words, m.context);
		const copied = copyOf ? (this.#mentionsOfArticle.get(copyOf) ?? []) : [];
		// Copies come within days: the oldest articles' mentions are let go.
		this.#mentionsOfArticle.set(article.id, mentions);
		// The surest joins first: of two events of one sentence, the one that tells the story takes it, and the other
		// ("analysts said on Thursday") is then kept out of it as another event of the same sentence.
		const shared = new Set(mentions.map((m) => m.sentence)).size < mentions.length;
		const joined: string[] = [];
		if (!shared) {
			for (let i = 0; i < mentions.length; i++) joined[i] = this.#stories[this.#add(mentions[i], copied)].id;
			return joined;
		}
		const order = mentions.map((m, i) => ({ i, margin: this.#choose(m).ranked[0]?.d.margin ?? -Infinity })).sort((a, b) => b.margin - a.margin || a.i - b.i);
		for (const { i } of order) joined[i] = this.#stories[this.#add(mentions[i], copied)].id;
		return joined;
	}

	/**
	 * Takes an article out (edited, or deleted): each of its events' mentions leaves its story, as if it had never
	 * joined, and its words leave the rarities; every other story is as it was, and a story that still has mentions
	 * keeps its id. A story left empty is gone: its id and aliases open nothing (a link to it falls back), and are
	 * free for the article's mentions if it comes again. Feeding the edited article again is `addArticle`'s.
	 */
	removeArticle(articleId: string, eventIds: readonly string[]): void {
		for (const eventId of eventIds) {
			if (!this.#storyOfEvent.has(eventId)) continue;
			const [mention, n] = this.#mentionOf(eventId);
			this.idf.remove(mention.words, mention.context);
			this.#leave(n, mention);
			this.#storyOfEvent.delete(eventId);
			const story = this.#stories[n];
			if (story.mentions.length) continue;
			for (const id of [story.id, ...story.aliases]) this.#byId.delete(id);
			this.#emptied.push(story.id);
			this.#changed.delete(n);
		}
		this.articles.delete(articleId);
		this.#mentionsOfArticle.delete(articleId);
	}

	/** Every story that still exists, in creation order. */
	stories(): Story[] {
		// A story an article's removal left empty keeps its slot (the index may still name it), and is none.
		return this.#stories.filter((s, i) => this.#parent[i] === i && s.mentions.length > 0);
	}

	/** The story with this id or alias. */
	story(id: string): Story | undefined {
		const n = this.#byId.get(id);
		return n === undefined ? undefined : this.#stories[this.#find(n)];
	}

	/** The story that holds the event now, for any event added so far. */
	storyOf(eventId: string): Story | undefined {
		const n = this.#storyOfEvent.get(eventId);
		return n === undefined ? undefined : this.#stories[this.#find(n)];
	}

	/**
	 * The story a mention would join if it were added now, or null when it would
	 * start its own: a dry run (the preview of an article before it is saved),
	 * which changes nothing. Its words do not count in the rarities yet.
	 */
	wouldJoin(mention: Mention): Story | null {
		const [best] = this.#choose(mention).ranked;
		return best ? this.#stories[best.s] : null;
	}

	/** Merges two stories: the older survives, the other's id becomes its alias. Returns the survivor's id. */
	merge(a: string, b: string): string {
		const [x, y] = [this.#number(a), this.#number(b)];
		return this.#stories[x < y ? this.#merge(x, y) : this.#merge(y, x)].id;
	}

	/**
	 * A reader's merge: `story` joins `into`, which survives whichever is older
	 * (the reader chose it); `story`'s id becomes its alias. Returns the survivor's id.
	 */
	mergeInto(story: string, into: string): string {
		const [gone, keep] = [this.#number(story), this.#number(into)];
		this.#stories[keep].human = true;
		return this.#stories[this.#merge(keep, gone)].id;
	}

	/**
	 * A reader's split: the event's mention leaves its story and becomes a story
	 * of its own; returns that story's id. The story it leaves keeps its id (it
	 * keeps the most mentions, and links to it name what is still there), so the
	 * new story is `st-<eventId>`, or when that id is taken (the event was the
	 * story's first mention, or its id is an alias) the first free of
	 * `st-<eventId>-2`, `-3`, … — the same corrections in the same order give the
	 * same ids. A mention alone in its story stays there: the story is marked, no more.
	 */
	split(eventId: string): string {
		const [mention, from] = this.#mentionOf(eventId);
		const story = this.#stories[from];
		story.human = true;
		this.#changed.add(from);
		if (story.mentions.length === 1) return story.id;
		this.#leave(from, mention);
		const n = this.#create(mention, this.#freeId(`st-${eventId}`));
		this.#stories[n].human = true;
		this.#join(n, mention);
		this.#file(n, mention);
		return this.#stories[n].id;
	}

	/**
	 * A reader's move: the event's mention leaves its story and joins `to` (an id
	 * or alias). A story left empty is gone; its id becomes an alias of `to`.
	 */
	move(eventId: string, to: string): void {
		const [mention, from] = this.#mentionOf(eventId);
		const target = this.#number(to);
		this.#stories[target].human = true;
		this.#changed.add(target);
		if (from === target) return;
		this.#stories[from].human = true;
		this.#leave(from, mention);
		this.#join(target, mention);
		// Filed under the story it joined, so that later mentions of it find it there.
		this.#file(target, mention);
		if (this.#stories[from].mentions.length === 0) this.#merge(target, from);
	}

	/**
	 * Ids of the stories created or changed since the last call (joins, merges,
	 * corrections), and each story merged away or emptied since, with the story
	 * its id now opens: what a store must write, and nothing else. A story made
	 * and merged away between two calls is listed among the merges only.
	 */
	drainChanges(): { changed: string[]; merged: [gone: string, survivor: string][]; emptied: string[] } {
		// Called once per article ingested: a loop into one Set, not three copies of the list.
		const ids = new Set<string>();
		for (const n of this.#changed) ids.add(this.#stories[this.#find(n)].id);
		const changed = [...ids];
		// A story merged away and then emptied (its survivor's article taken out) is among the emptied only.
		const merged = this.#gone.flatMap((id): [string, string][] => {
			const survivor = this.story(id);
			return survivor ? [[id, survivor.id]] : [];
		});
		const emptied = this.#emptied;
		this.#changed.clear();
		this.#gone = [];
		this.#emptied = [];
		return { changed, merged, emptied };
	}

	#add(mention: Mention, copied: Mention[]): number {
		const twin = copied.find((c) => c.value === mention.value && c.summary === mention.summary);
		let chosen: number;
		let offered: number[] = [];
		const tokens = this.#tokens(mention);
		if (twin) {
			chosen = this.#find(this.#storyOfEvent.get(twin.eventId)!);
			this.#join(chosen, mention);
		} else {
			this.stats.mentions++;
			let ranked: Ranked[];
			({ ranked, offered } = this.#choose(mention, tokens, true));
			if (ranked.length) {
				chosen = ranked[0].s;
				this.stats.trace?.('join', ranked[0].source, this.#stories[chosen], mention);
				this.#join(chosen, mention);
				// A mention that joins two stories whose dates agree (the same days, or one containing the other) may tie
				// one happening told apart, e.g. "in May" mentions gathered before the day-precise report came: when, with
				// the mention in it, the one story holds what the other tells (`#agree`). Else the mention's words fit
				// two happenings (an actor's, a topic's), not one.
				for (const other of ranked.slice(1)) {
					const [a, b] = [this.#stories[chosen], this.#stories[other.s]];
					if (a.span && b.span && dateRelation(a.span, b.span) !== 'apart' && other.d.margin >= MERGE_MARGIN && this.#mayMerge(a, b) && this.#agree(a, b)) {
						this.stats.trace?.('merge', other.source, a, b);
						chosen = this.#mergeOlder(chosen, other.s);
					}
				}
			} else this.#join((chosen = this.#create(mention)), mention);
		}
		this.#file(chosen, mention, tokens);
		this.#reconsider(chosen, offered);
		return this.#find(chosen);
	}

	/**
	 * Once a mention has joined, the story may have become what a coarser story
	 * told of: "in October" mentions gathered before the day's report came, and
	 * the report's words did not reach a month mention's bar from its side. Each
	 * coarser (or same-day) story the mention was offered merges when every one of
	 * its mentions would now join the grown story, by decideJoin's own bar.
	 */
	#reconsider(n: number, offered: readonly number[]): void {
		for (const c of offered) {
			const [story, other] = [this.#stories[this.#find(n)], this.#stories[this.#find(c)]];
			if (story === other || !story.span || !other.span || other.mentions.length > RECONSIDER_MENTIONS) continue;
			if (dateRelation(other.span, story.span) !== 'contains' || !this.#mayMerge(story, other)) continue;
			if (other.mentions.every((m) => mayJoin(m, story, this.idf) && decideJoin(m, story, this.idf).joins)) {
				this.stats.trace?.('grow', -1, story, other);
				n = this.#mergeOlder(this.#find(n), this.#find(c));
			}
		}
	}

	/**
	 * The stories a mention would join, the best first, and all it was offered: first those that share a rare word
	 * with it; when it joins none of those, the latest of its day's neighbourhood (or, for a month or week, its
	 * months) that share a country, of which it joins one only when it could tell of no other ("the deal signed in
	 * May" is no telling of either of two May deals), and never ties two. Met by its country alone a story shares
	 * none of the mention's rare words: on a busy day a country has dozens, offered and declined for every mention
	 * of it, and when two would join, the mention's common words fit both, not one happening told apart.
	 * `count`: the candidates are counted in `stats` (the mention is being added).
	 */
	#choose(mention: Mention, tokens = this.#tokens(mention), count = false): { ranked: Ranked[]; offered: number[] } {
		const offered = this.#offered(mention, tokens);
		let ranked = this.#ranked(mention, offered, count ? FROM_INDEX : UNCOUNTED);
		if (ranked.length) return { ranked, offered };
		const more = this.#offeredByCountry(mention).filter((s) => !offered.includes(s));
		ranked = this.#ranked(mention, more, !count ? UNCOUNTED : mention.span!.first === mention.span!.last ? DAY_COUNTRY : MONTH_COUNTRY);
		return { ranked: ranked.length > 1 ? [] : ranked, offered: offered.concat(more) };
	}

	/** Stories the index offers a mention: those of its date windows with one of its rare words. */
	#offered(mention: Mention, tokens: Tokens): number[] {
		if (!mention.span) return [];
		const { day, coarse } = this.#keys(mention as Mention & { span: DaySpan });
		return this.index.candidates(
			[
				[day, tokens],
				[coarse, tokens, COARSE_WORD_STORIES, COARSE_ENOUGH]
			],
			this.#resolve
		);
	}

	/** The latest stories of a day mention's day and the days either side, or of a month or week mention's months, that share one of its countries. */
	#offeredByCountry(mention: Mention): number[] {
		if (!mention.span) return [];
		const { days, months } = this.#keys(mention as Mention & { span: DaySpan });
		if (days.length) return this.index.candidates([[days, countryTokens(mention), DAY_COUNTRY_STORIES]], this.#resolve);
		return this.index.candidates([[months, countryTokens(mention), MONTH_COUNTRY_STORIES]], this.#resolve);
	}

	readonly #resolve = (s: number) => this.#find(s);

	/** The source (merge-stats.ts SOURCES) of the i-th story #offered's last lookup returned: a rare word's date window. */
	#source(i: number): number {
		return keyWindow(this.index.offeredKey[i]);
	}

	/** #rarest's scratch lists: the rarest words so far and their weights. */
	#top: string[] = new Array<string>(INDEX_WORDS).fill('');
	#topWeights = new Float64Array(INDEX_WORDS);

	/** A date's windows, worked out once per date written (a day is written by many mentions). */
	#keyCache = new Map<string, DateWindows>();

	#keys(mention: Mention & { span: DaySpan }): DateWindows {
		let keys = this.#keyCache.get(mention.value);
		if (!keys) {
			const { span } = mention;
			const days = span.first === span.last ? [-1, 0, 1].map((d) => dayKey(span.first + d)) : [];
			const months = width(span) <= 62 ? monthKeys(span) : [];
			const lookup = lookupKeys(span);
			// A day's own key comes first (lookupKeys); the rest are months and years, whose rare-word postings are bounded.
			const [day, coarse] = days.length ? [lookup.slice(0, 1), lookup.slice(1)] : [[], lookup];
			this.#keyCache.set(mention.value, (keys = { day, coarse, file: fileKeys(span), days, months, dayAndMonths: days.length ? [days[1], ...months] : [] }));
		}
		return keys;
	}

	/** Of the offered stories, those the mention would join, the best first. */
	#ranked(mention: Mention, offered: readonly number[], source: number): Ranked[] {
		// A loop, not map and filter: a mention meets dozens of stories at a million mentions, and few join.
		const ranked: Ranked[] = [];
		for (let i = 0; i < offered.length; i++) {
			const s = offered[i];
			const story = this.#stories[s];
			// Dates apart never join (decideJoin's first condition): the index offers a day's mention the stories of its
			// month and year too, and most of those are other days, not worth weighing words for.
			if (!mention.span || !story.span || dateRelation(mention.span, story.span) === 'apart') {
				if (source !== UNCOUNTED) this.stats.count(source === FROM_INDEX ? this.#source(i) : source, DATES_APART);
				continue;
			}
			// Most candidates lack the mention's rare words: the cheap look turns them down before the full decision.
			if (!mayJoin(mention, story, this.idf)) {
				if (source !== UNCOUNTED) this.stats.count(source === FROM_INDEX ? this.#source(i) : source, WORDS_CUT_SHORT);
				continue;
			}
			const d = decideJoin(mention, story, this.idf);
			const from = source === FROM_INDEX ? this.#source(i) : source;
			if (source !== UNCOUNTED) this.stats.count(from, outcomeOf(d));
			if (d.joins) ranked.push({ s, d, source: from });
		}
		return ranked.length > 1 ? ranked.sort((a, b) => b.d.margin - a.d.margin || a.s - b.s) : ranked;
	}

	/** Files a story under a mention's date windows and rare words, and a day's mention under its day and month with its countries too. */
	#file(n: number, mention: Mention, tokens: readonly string[] | Tokens = this.#tokens(mention)): void {
		if (!mention.span) return;
		const { file, days, dayAndMonths } = this.#keys(mention as Mention & { span: DaySpan });
		this.index.add(n, file, tokens);
		if (days.length) this.index.add(n, dayAndMonths, countryTokens(mention));
	}

	/** A mention's index tokens: its rarest words, of the clause and of its sentence; only words rare in the corpus. */
	#tokens(mention: Mention): Tokens {
		const tokens: string[] = [];
		// Looked up once with the words' weights for the join, which come next (each lookup is one in a large map).
		const rarity = rarities(mention, this.idf);
		this.#rarest(mention.words, rarity, 0, tokens);
		this.#rarest(mention.context, rarity, mention.words.length, tokens);
		return this.index.tokens(tokens);
	}

	/**
	 * Adds to `tokens` the INDEX_WORDS rarest of `words` (their rarities in `rarity` from `from` on), rarest first, that
	 * it does not hold yet: by insertion into a short sorted list kept between calls, shifted in place (a splice makes
	 * a list of what it removes, two per word kept, for every mention).
	 */
	#rarest(words: readonly string[], rarity: Float64Array, from: number, tokens: string[]): void {
		const [top, weights] = [this.#top, this.#topWeights];
		let n = 0;
		for (let k = 0; k < words.length; k++) {
			const idf = rarity[from + k];
			if (idf < RARE) continue;
			const w = words[k];
			let i = n;
			while (i > 0 && (weights[i - 1] < idf || (weights[i - 1] === idf && top[i - 1] > w))) i--;
			if (i >= INDEX_WORDS) continue;
			// The rarest so far move one down, the last of a full list out.
			for (let j = Math.min(n, INDEX_WORDS - 1); j > i; j--) {
				top[j] = top[j - 1];
				weights[j] = weights[j - 1];
			}
			top[i] = w;
			weights[i] = idf;
			if (n < INDEX_WORDS) n++;
		}
		for (let k = 0; k < n; k++) if (!tokens.includes(top[k])) tokens.push(top[k]);
	}

	/** A new story of one mention, named after it (`#freeId`: an edited article's event may name a story that lives on). */
	#create(mention: Mention, id = this.#freeId(`st-${mention.eventId}`)): number {
		const n = this.#stories.length;
		this.#stories.push({ id, aliases: [], mentions: [], span: null, words: new Set(), countries: new Map(), human: false });
		this.#parent.push(n);
		this.#dates.push(new DateTally());
		this.#byId.set(id, n);
		return n;
	}

	#join(n: number, mention: Mention): void {
		const story = this.#stories[n];
		story.mentions = append(story.mentions, mention);
		this.#count(n, mention, 1);
		this.#storyOfEvent.set(mention.eventId, n);
	}

	/** Takes a mention out of its story, as if it had never joined (the index may still offer the story for it: the join decides). */
	#leave(n: number, mention: Mention): void {
		const { mentions } = this.#stories[n];
		mentions.splice(mentions.indexOf(mention), 1);
		this.#count(n, mention, -1);
	}

	/** Counts a mention's words, countries and date in or out of a story's, and the story as changed. */
	#count(n: number, mention: Mention, by: 1 | -1): void {
		const story = this.#stories[n];
		if (by > 0) addWords(story.words, mention);
		else {
			// A mention out (an edit, a reader's split or move; rare): the words are those of the mentions left.
			story.words.clear();
			for (const m of story.mentions) addWords(story.words, m);
		}
		for (const c of mention.countries) bump(story.countries, c, by);
		if (by > 0) this.#dates[n].add(mention.value, mention.span);
		else this.#dates[n].remove(mention.value, mention.span);
		story.span = this.#dates[n].best()?.span ?? null;
		this.#changed.add(n);
	}

	/**
	 * Whether two stories, one of which a mention has just joined, tell one happening: every mention of the smaller
	 * would join the larger. A mention's common words may fit two happenings of one day and country: it ties them only
	 * when its own story, grown by it, holds what the other tells (or the reverse).
	 */
	#agree(a: Story, b: Story): boolean {
		const [small, large] = a.mentions.length <= b.mentions.length ? [a, b] : [b, a];
		return small.mentions.every((m) => mayJoin(m, large, this.idf) && decideJoin(m, large, this.idf).joins);
	}

	/** Whether automatic merging may join two stories: no reader has touched either, and the extractor told none of their events apart in one sentence. */
	#mayMerge(a: Story, b: Story): boolean {
		return !a.human && !b.human && !sharesSentence(a, b);
	}

	/** An automatic merge: the older story survives. */
	#mergeOlder(x: number, y: number): number {
		return x < y ? this.#merge(x, y) : this.#merge(y, x);
	}

	/** Story `gone` joins `keep`: its mentions, its words, its id and aliases (as aliases of `keep`). */
	#merge(keep: number, gone: number): number {
		if (keep === gone) return keep;
		const [survivor, absorbed] = [this.#stories[keep], this.#stories[gone]];
		// Their #storyOfEvent entries name the absorbed slot, which resolves to the survivor from now on.
		for (const m of absorbed.mentions) {
			survivor.mentions = append(survivor.mentions, m);
			this.#count(keep, m, 1);
		}
		survivor.human ||= absorbed.human;
		survivor.aliases.push(absorbed.id, ...absorbed.aliases);
		this.#parent[gone] = keep;
		this.#changed.add(keep);
		this.#gone.push(absorbed.id);
		// The absorbed story lives on only as a slot that points at the survivor: its contents are let go.
		absorbed.mentions = [];
		absorbed.words.clear();
		absorbed.countries.clear();
		absorbed.aliases = [];
		this.#dates[gone] = EMPTY;
		return keep;
	}

	/** A story's number from its id or alias, resolved to the story that exists now. */
	#number(id: string): number {
		const n = this.#byId.get(id);
		if (n === undefined) throw new Error(`no story ${id}`);
		return this.#find(n);
	}

	/** An event's mention and the story that holds it. */
	#mentionOf(eventId: string): [Mention, number] {
		const n = this.#storyOfEvent.get(eventId);
		if (n === undefined) throw new Error(`no event ${eventId}`);
		const from = this.#find(n);
		return [this.#stories[from].mentions.find((m) => m.eventId === eventId)!, from];
	}

	/** `id`, or the first of `id-2`, `id-3`, … that no story or alias holds. */
	#freeId(id: string): string {
		if (!this.#byId.has(id)) return id;
		let k = 2;
		while (this.#byId.has(`${id}-${k}`)) k++;
		return `${id}-${k}`;
	}

	#find(n: number): number {
		while (this.#parent[n] !== n) n = this.#parent[n] = this.#parent[this.#parent[n]];
		return n;
	}
}

/** A mention's words (clause and context) into a story's. */
function addWords(words: Set<string>, mention: Mention): void {
	for (const w of mention.words) words.add(w);
	for (const w of mention.context) words.add(w);
}

/** Counts a key up or down; a count down to nothing is no key. */
function bump(counts: Map<string, number>, key: string, by: 1 | -1): void {
	const now = (counts.get(key) ?? 0) + by;
	if (now) counts.set(key, now);
	else counts.delete(key);
}

/** What a merged-away story's slot keeps of its dates: nothing (it is never added to again). */
const EMPTY = new DateTally();

/**
 * A day-precise mention is filed under its day with each of its countries, and
 * looks up its day and the days either side: a day holds few stories per
 * country, and two tellings of one day need share no rare word.
 */
const countryTokens = (mention: Mention) => mention.countries.map(countryToken);
/** Made once per country, not once per mention. */
const COUNTRY_TOKENS = new Map<string, string>();
function countryToken(country: string): string {
	let token = COUNTRY_TOKENS.get(country);
	if (token === undefined) COUNTRY_TOKENS.set(country, (token = `@${country}`));
	return token;
}

/** Whether two stories hold events of one sentence of one article: those the extractor told apart stay apart. */
function sharesSentence(a: Story, b: Story): boolean {
	// The smaller story's sentences by article, the larger's mentions looked up in it: a story grown to hundreds of
	// mentions is weighed against a coarser one of a few at its joins, and a key string per mention was most of that.
	const [small, large] = a.mentions.length <= b.mentions.length ? [a.mentions, b.mentions] : [b.mentions, a.mentions];
	const sentences = new Map<string, number[]>();
	for (const m of small) {
		const known = sentences.get(m.articleId);
		if (known) known.push(m.sentence);
		else sentences.set(m.articleId, [m.sentence]);
	}
	for (const m of large) if (sentences.get(m.articleId)?.includes(m.sentence)) return true;
	return false;
}

/** #ranked's `source`: the candidates are not counted (a dry run), are the index's last lookup's, or come from a country fallback. */
const UNCOUNTED = -1;
const FROM_INDEX = -2;
const DAY_COUNTRY = 3;
const MONTH_COUNTRY = 4;

/** A story a mention would join: its number, the decision, and the index's source that offered it (merge-stats.ts SOURCES; -1 untold). */
interface Ranked {
	s: number;
	d: JoinDecision;
	source: number;
}

/** A mention's date windows: looked up (its day; its months and years), filed under, its day and neighbours, its months. */
interface DateWindows {
	day: number[];
	coarse: number[];
	file: number[];
	days: number[];
	months: number[];
	/** A day mention's day and its month, filed under with its countries. */
	dayAndMonths: number[];
}
