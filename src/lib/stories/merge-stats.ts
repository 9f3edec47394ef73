import type { JoinDecision } from './join';
import type { Mention, Story } from './types';

/** Where the index found a candidate story: the query and the date window of the posting. */
export const SOURCES = ['word × day', 'word × month', 'word × year', 'country × day ±1 (fallback)', 'country × month (fallback)'] as const;
export type Source = (typeof SOURCES)[number];

/**
 * What became of a candidate: joined (above the bar), or declined and why — its dates, its words found short of the
 * bar by the cheap look (join.ts `mayJoin`), or by the full decision (`decideJoin`): on its words, or another event of
 * the mention's sentence in it, or a year mention's country it does not name.
 */
export const OUTCOMES = ['joins', 'dates apart', 'words (cut short)', 'words (weighed)', 'same sentence', 'other lead'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Counters of the merge's work, kept by the builder as mentions are added: how
 * many candidate stories each source of the index offers, and what the join
 * made of them. Integers bumped per candidate, cheap enough to keep on always;
 * the story bench prints them, to show where the work per mention comes from.
 */
export class MergeStats {
	/** Mentions that looked for a story through the index (not wire copies' twins). */
	mentions = 0;
	/** Candidates by source × outcome, flat: `SOURCES.length × OUTCOMES.length`. */
	readonly counts = new Float64Array(SOURCES.length * OUTCOMES.length);
	/**
	 * Told of each automatic change before it is made, when set (a bench scoring the joins against the truth):
	 * a mention joins a story (`source`: where the index found it), a second story it would join merges in, or a
	 * coarser story merges into the one that has grown (`source` -1).
	 */
	trace?: (change: 'join' | 'merge' | 'grow', source: number, story: Story, other: Mention | Story) => void;

	count(source: number, outcome: number): void {
		this.counts[source * OUTCOMES.length + outcome]++;
	}

	/** One row per source: each outcome's count per mention. */
	table(): { source: Source; offered: number; perOutcome: Record<Outcome, number> }[] {
		return SOURCES.map((source, s) => {
			const perOutcome = Object.fromEntries(OUTCOMES.map((o, k) => [o, this.counts[s * OUTCOMES.length + k] / Math.max(1, this.mentions)])) as Record<Outcome, number>;
			return { source, offered: Object.values(perOutcome).reduce((a, b) => a + b, 0), perOutcome };
		});
	}
}

/** Outcomes before the full decision: dates apart, and words the cheap look found short. */
export const DATES_APART = 1;
export const WORDS_CUT_SHORT = 2;

/** What the full decision made of a candidate, as an index into OUTCOMES. */
export function outcomeOf(d: JoinDecision): number {
	if (d.joins) return 0;
	if (d.relation === 'apart') return DATES_APART;
	if (d.sameSentence) return 4;
	if (d.otherLead) return 5;
	return 3;
}
