import { untrack } from 'svelte';
import { contextDays } from '$lib/domain/context';
import { parseDay } from '$lib/domain/days';
import { LIST_PAGE } from '$lib/domain/filter';
import { formatEventDate } from '$lib/domain/format';
import type { StorySummary } from '$lib/domain/stories';
import { MAX_PAIRS, type Pair } from '$lib/map/pair';
import type { EventTable } from '$lib/query/event-table';
import { Selection } from '$lib/query/selection';
import { queryWindow } from '$lib/query/window';
import type { DayWindow } from '$lib/timeline/brush';
import type { Mark } from '$lib/timeline/mark';
import type { Dataset } from './dataset.svelte';
import { type ListedStory, listedSummary } from './listed-story';
import { PacedRows, same } from './paced-rows.svelte';
import type { SearchMatches } from './search-matches.svelte';
import type { View } from './view.svelte';

/** Rows (stories, or articles telling them) drawn one by one in the timeline's detail view; more are drawn as a density. */
const MAX_MARKS = 400;
/** How often the list follows a gesture, in milliseconds. */
const LIST_INTERVAL = 150;
/** Rows of the list rewritten per frame while it follows a gesture: about those in view. */
const LIST_CHUNK = 8;

/** What the server rendered for the address the page was opened with. */
export interface ServerView {
	total: number;
	/** The list: the window's content first, then its context (see `domain/context.ts`). */
	stories: StorySummary[];
	/** How many of `stories`, from the first, are the window's content. */
	content: number;
	/** How many stories the view holds (`total` counts the unit's rows: articles, counting coverage). */
	listed: number;
	counts: Record<string, number>;
}

/**
 * Everything the views show, derived from the view state (the URL) and the
 * data. Until the story index has loaded, the server's rendering stands in.
 * The index's rows are stories, or the articles telling them when coverage is
 * counted; the list and the marks show each story once either way.
 */
export class Explorer {
	/** How many stories the list shows; "Show more" raises it. */
	listLimit = $state(LIST_PAGE);

	private readonly view: View;
	private readonly dataset: Dataset;
	private readonly matches: Pick<SearchMatches, 'current'>;
	private readonly server: () => ServerView;

	/** `matches`: the events that hold the search words; `server`: what the server rendered. */
	constructor(view: View, dataset: Dataset, matches: Pick<SearchMatches, 'current'>, server: () => ServerView) {
		this.view = view;
		this.dataset = dataset;
		this.matches = matches;
		this.server = server;
	}

	private readonly from = $derived.by(() => this.view.state.from);
	private readonly to = $derived.by(() => this.view.state.to);

	readonly window = $derived.by(() => {
		const { from, to } = this;
		const table = this.dataset.table;
		if (!from && !to) return null;
		return {
			from: from ? parseDay(from)! : (table?.minDay ?? 0),
			to: to ? parseDay(to)! : (table?.maxDay ?? 100_000)
		};
	});

	/** The timeline's zoom, in days; null: fit the data. */
	readonly zoom = $derived.by((): DayWindow | null => {
		const zoom = this.view.state.zoom;
		return zoom ? { from: parseDay(zoom[0])!, to: parseDay(zoom[1])! } : null;
	});

	// The selection's inputs as plain values: a brush frame makes a new view state, but
	// these stay equal, so the selection (a pass over the selected events) is not rebuilt.
	private readonly countries = $derived.by(() => this.view.state.countries.join(','));
	private readonly mode = $derived.by(() => this.view.state.mode);
	private readonly q = $derived.by(() => this.view.state.q);

	readonly selection = $derived.by(() => {
		const table = this.dataset.table;
		const countries = this.countries ? this.countries.split(',') : [];
		if (!table || (countries.length === 0 && !this.q)) return null;
		return new Selection(table, { countries, mode: this.mode, textMatches: this.q ? (this.matches.current ?? new Set()) : null });
	});

	private readonly result = $derived.by(() => {
		const table = this.dataset.table;
		if (!table) return null;
		const { from, to } = this.window ?? { from: table.minDay, to: table.maxDay };
		// A gesture over a selection: its frames are cheaper with the selection's days by country.
		if (this.view.previewing) this.selection?.prepareForBrushing();
		// Without a window, the data's first and last days are its ends (see domain/context.ts), as the server lists it.
		const span = contextDays(from, to);
		return queryWindow(table, this.selection, from, to, 0, Math.max(MAX_MARKS, this.listLimit), span);
	});

	readonly total = $derived.by(() => this.result?.total ?? this.server().total);

	/** Events per country in the window and selection. */
	readonly counts = $derived.by(() => {
		const table = this.dataset.table;
		if (!table || !this.result) return new Map(Object.entries(this.server().counts));
		const counts = new Map<string, number>();
		this.result.countryCounts.forEach((n, id) => n > 0 && counts.set(table.countries[id], n));
		return counts;
	});

	/** `counts` ranked, most events first (ties by code: a plain comparison, as it runs on every frame). */
	private readonly ranked = $derived([...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
	private readonly pacedRanking = new PacedRows<[string, number]>(LIST_INTERVAL, Infinity);
	/**
	 * The countries involved, ranked: during a gesture paced like the list (at once, not in
	 * chunks), as a ranking reshuffled on every frame cannot be read, and costs a layout each time.
	 */
	readonly involved = $derived.by(() => (this.view.previewing ? this.pacedRanking.current : this.ranked));

	/** Each selected country with the countries it shares most events with, weighted by how many. */
	readonly pairs = $derived.by((): Pair[] => {
		const table = this.dataset.table;
		if (!table || !this.result || !this.selection) return [];
		const K = table.countries.length;
		const pairs: Pair[] = [];
		const chosen = this.selection.countryIds;
		chosen.forEach((a, i) => {
			for (let b = 0; b < K; b++) {
				const weight = this.result!.pairCounts[i * K + b];
				// Each pair once: skip a selected partner listed before this one.
				if (weight > 0 && b !== a && !chosen.slice(0, i).includes(b)) pairs.push({ a: table.countries[a], b: table.countries[b], weight });
			}
		});
		return pairs.sort((p, q) => q.weight - p.weight).slice(0, MAX_PAIRS);
	});

	/** Positions of the rows of the window's content (sorted by date), and of its context. */
	private readonly shown = $derived(this.result?.page ?? []);
	private readonly context = $derived(this.result?.context ?? []);

	/**
	 * The list's rows: `rows`, paced during a gesture (see PacedRows). The map, the counts and
	 * the timeline follow every frame; rewriting all the list's rows every frame would cost more
	 * than the frame. Details that arrive during a gesture join the rows in the next pass too,
	 * a chunk per frame, rather than rewriting every row in the frame they arrive.
	 */
	private readonly listed = new PacedRows<ListedStory>(LIST_INTERVAL, LIST_CHUNK);

	/** Keeps the list and the ranking following the view; call once, from the component that owns the explorer. */
	follow(): void {
		// `rows`: what a pass shows, made only then; `changes`: what the rows follow, read on every frame.
		const pace = <T>(paced: PacedRows<T>, rows: () => T[], phase: number, changes: () => unknown = rows) => {
			$effect(() => {
				changes();
				const previewing = this.view.previewing;
				// Untracked: the rows it shows are not what it follows.
				untrack(() => (previewing ? paced.follow(rows, this.view.gestureStart + phase) : paced.set(rows())));
			});
		};
		// Half an interval apart, so that no frame of a gesture rewrites both the list and the ranking.
		pace(this.listed, () => this.rows, 0);
		// The ranking follows the counts; they are sorted only when a pass shows them.
		pace(this.pacedRanking, () => this.ranked, LIST_INTERVAL / 2, () => this.counts);
		$effect(() => () => {
			this.listed.cancel();
			this.pacedRanking.cancel();
		});
	}

	/**
	 * The rows of the first `listLimit` stories of `shown`, then of `context`, at once from
	 * the index (days, countries), each story once (counting coverage, a story has a row per
	 * article); each row's face joins it when fetched, so a click never waits on the
	 * server for its list. A row whose story and face are unchanged is the same object as
	 * before, so the list redraws only the rows that changed (a gesture rewrites a chunk at a time).
	 */
	private readonly rows = $derived.by((): ListedStory[] => {
		const table = this.dataset.table;
		if (!table) return [];
		// Story numbers are the table's: a new table (after a correction) starts afresh.
		const before = this.rowMemo.table === table ? this.rowMemo.bySeq : new Map<number, ListedStory>();
		const bySeq = new Map<number, ListedStory>();
		this.rowMemo = { table, bySeq };
		const rows: ListedStory[] = [];
		const add = (e: number, context: boolean) => {
			const seq = table.seq[e];
			if (bySeq.has(seq)) return;
			const detail = this.dataset.details.get(seq) ?? null;
			const was = before.get(seq);
			const row = was?.detail === detail && was.context === context ? was : { seq, firstDay: table.first[e], lastDay: table.last[e], countries: table.countriesOf(e), detail, context };
			bySeq.set(seq, row);
			rows.push(row);
		};
		for (let i = 0; i < this.shown.length && rows.length < this.listLimit; i++) add(this.shown[i], false);
		for (let i = 0; i < this.context.length && rows.length < this.listLimit; i++) add(this.context[i], true);
		return rows;
	});
	/** The rows `rows` made last, by story number: a memo, not state. */
	private rowMemo: { table: EventTable | null; bySeq: Map<number, ListedStory> } = { table: null, bySeq: new Map() };

	/** The list's rows; until the story index has loaded, the stories the server rendered. */
	readonly list = $derived.by((): ListedStory[] => {
		if (this.dataset.table) return this.listed.current;
		const { stories, content } = this.server();
		return stories.map((story, i) => listedSummary(story, i >= content));
	});

	/**
	 * Whether "Show more" would list more stories. Counting stories, while fewer are listed than
	 * the window holds; counting coverage the total is of articles, so while the list is full.
	 */
	readonly more = $derived.by((): boolean => {
		if (!this.dataset.table) return this.list.length < this.server().listed;
		return this.dataset.unit === 'stories' ? this.list.length < this.total : this.list.length >= this.listLimit;
	});

	/** Numbers of the listed stories whose faces still have to be fetched. */
	readonly wanted = $derived.by(() => this.missing(this.listed.current.map((row) => row.seq)));

	/**
	 * Numbers of the events the list is about to show whose details are missing. During a
	 * gesture the list follows in passes; with these fetched ahead, a pass writes its rows
	 * once, complete, not as placeholders that the details rewrite a moment later. The same
	 * array while they stay the same numbers, so that what waits for them to hold still can.
	 */
	readonly upcoming = $derived.by(() => {
		// As `rows` lists them: the content, then the context while the list has room.
		const shown = this.shown.slice(0, this.listLimit);
		const seqs = this.missing(this.seqsAt(shown).concat(this.seqsAt(this.context.slice(0, this.listLimit - shown.length))));
		return same(seqs, this.upcomingMemo) ? this.upcomingMemo : (this.upcomingMemo = seqs);
	});
	private upcomingMemo: number[] = [];

	/** Numbers of the timeline's marks whose faces (their labels) still have to be fetched. */
	readonly wantedForMarks = $derived.by(() => (this.total <= MAX_MARKS ? this.missing([...new Set(this.seqsAt(this.shown.concat(this.context)))]) : []));

	/** Those of these event numbers whose details have not been fetched. */
	private missing(seqs: number[]): number[] {
		return seqs.filter((seq) => !this.dataset.details.has(seq));
	}

	/** The event numbers at these positions of the table. */
	private seqsAt(positions: number[]): number[] {
		const table = this.dataset.table;
		return table ? positions.map((e) => table.seq[e]) : [];
	}

	/** The timeline's marks of the window's content: a story each, weighted by its sources; null when there are too many. */
	readonly marks = $derived.by((): Mark[] | null => (this.total > MAX_MARKS ? null : this.marksOf(this.shown)));
	/** The window's context (see `domain/context.ts`), drawn apart from its content. */
	readonly contextMarks = $derived.by((): Mark[] => (this.total > MAX_MARKS ? [] : (this.marksOf(this.context) ?? [])));

	/**
	 * A mark per story at these positions, weighted by the index's weight column: a story's
	 * independent outlets, or, counting coverage, its articles (each of its rows weighs one).
	 */
	private marksOf(positions: number[]): Mark[] | null {
		const table = this.dataset.table;
		if (!table) return null;
		const bySeq = new Map<number, Mark>();
		for (const e of positions) {
			const seq = table.seq[e];
			const weight = table.weight ? table.weight[e] : 1;
			const known = bySeq.get(seq);
			if (known) {
				known.weight += weight;
				continue;
			}
			const detail = this.dataset.details.get(seq);
			const label = detail ? `${formatEventDate(detail.date.value, detail.date.granularity)}: ${detail.summary}` : null;
			bySeq.set(seq, { seq, first: table.first[e], last: table.last[e], weight, label });
		}
		return [...bySeq.values()];
	}
}
