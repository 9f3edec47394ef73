import { formatDay } from '../domain/days';
import type { DaySpan } from '../domain/timex';
import { better, DateTally } from './date-tally';
import type { Mention, Story, StoryArticle } from './types';

export interface AgreedDate {
	value: string;
	span: DaySpan | null;
	/** When some mentions do not contain the agreed date: the first and last day of it and of theirs; else null. */
	spread: { first: string; last: string } | null;
}

/**
 * The most precise date the mentions agree on: of the dates they write, the
 * one the most mentions contain (a month mention contains its days), then the
 * narrowest, then the earliest. Three mentions of 17 July and a "July" give
 * 17 July; two of 17 July and one of 18 July give 17 July with a spread.
 */
export function agreedDate(mentions: readonly Mention[]): AgreedDate {
	const chosen = mostAgreed(mentions);
	// The spread: the agreed days and those of every mention that does not contain them (a month mention that holds them agrees).
	let first = Infinity;
	let last = -Infinity;
	let disagree = false;
	if (chosen.span)
		for (const { span } of mentions)
			if (span && !(span.first <= chosen.span.first && chosen.span.last <= span.last)) {
				disagree = true;
				first = Math.min(first, span.first);
				last = Math.max(last, span.last);
			}
	const spread = disagree ? { first: formatDay(Math.min(chosen.span!.first, first)), last: formatDay(Math.max(chosen.span!.last, last)) } : null;
	return { value: chosen.value, span: chosen.span, spread };
}

/**
 * The date of `agreedDate`: when every mention writes the same one (most stories: one telling, or tellings of the
 * day), that date, without a tally; else the tally's choice. A face is worked out for every story a batch changed.
 */
function mostAgreed(mentions: readonly Mention[]): { value: string; span: DaySpan | null } {
	const [{ value, span }] = mentions;
	if (mentions.every((m) => m.value === value)) return { value, span };
	const tally = new DateTally();
	for (const m of mentions) tally.add(m.value, m.span);
	return tally.best()!;
}

/** Countries of all mentions, the most salient first: each mention gives its first country 1, its second ½, … */
export function storyCountries(mentions: readonly Mention[]): string[] {
	const salience = new Map<string, number>();
	for (const { countries } of mentions) for (let i = 0; i < countries.length; i++) salience.set(countries[i], (salience.get(countries[i]) ?? 0) + 1 / (i + 1));
	return [...salience].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
}

/** The clearest mention: the extractor's most confident, then the most precisely dated, then the first told. */
export function clearestMention(mentions: readonly Mention[]): Mention {
	let best = mentions[0];
	for (const m of mentions) {
		if (m.confidence > best.confidence || (m.confidence === best.confidence && better(m.span, best.span) && !sameSpan(m.span, best.span))) best = m;
	}
	return best;
}

const sameSpan = (a: DaySpan | null, b: DaySpan | null) => a?.first === b?.first && a?.last === b?.last;

/** What a reader sees of a story. */
export interface StoryFace {
	id: string;
	aliases: string[];
	date: AgreedDate;
	countries: string[];
	summary: string;
	/** Articles that tell it, copies included. */
	articles: number;
	/** Outlets of the articles that are no copy of another: wire copies count once. */
	outlets: number;
	/** The article published first (the first added among equals) and its outlet. */
	first: { article: string; outlet: string; published: string | null };
	/** Each copy and the article it copies. */
	copies: { article: string; copyOf: string }[];
	/** A reader has split, moved or merged its mentions. */
	human: boolean;
}

export function storyFace(story: Story, articles: ReadonlyMap<string, StoryArticle>): StoryFace {
	// Each article once, in the order its first mention came: a story's face is written again whenever it grows.
	const ids = new Set<string>();
	const told: StoryArticle[] = [];
	for (const m of story.mentions)
		if (!ids.has(m.articleId)) {
			ids.add(m.articleId);
			told.push(articles.get(m.articleId)!);
		}
	// A copy whose original tells another story (or none) still is this story's only word from that wire.
	const outlets = new Set<string>();
	const copies: { article: string; copyOf: string }[] = [];
	let first = told[0];
	for (const a of told) {
		if (!a.copyOf || !ids.has(a.copyOf)) outlets.add(a.outlet);
		if (a.copyOf) copies.push({ article: a.id, copyOf: a.copyOf });
		if (a.published !== null && (first.published === null || a.published < first.published)) first = a;
	}
	return {
		id: story.id,
		aliases: story.aliases,
		date: agreedDate(story.mentions),
		countries: storyCountries(story.mentions),
		summary: clearestMention(story.mentions).summary,
		articles: told.length,
		outlets: outlets.size,
		first: { article: first.id, outlet: first.outlet, published: first.published },
		copies,
		human: story.human
	};
}
