import { parseDay } from '$lib/domain/days';
import { formatCount, formatDaySpan, formatEventDate } from '$lib/domain/format';
import type { StorySummary } from '$lib/domain/stories';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The date its mentions agree on: "17 July 2014", "July 2014". */
export const storyDate = (story: Pick<StorySummary, 'date'>): string => formatEventDate(story.date.value, story.date.granularity);

/** When its mentions disagree, the days they cover together: "mentions: 16 Jul 2014 – 20 Jul 2014"; else null. */
export function storySpread(story: Pick<StorySummary, 'spread'>): string | null {
	if (!story.spread) return null;
	return `mentions: ${formatDaySpan(parseDay(story.spread.first)!, parseDay(story.spread.last)!)}`;
}

/** Who tells it: "12 articles · 7 outlets · first: Reuters, 21 May 2014". */
export function storySources(story: Pick<StorySummary, 'articles' | 'outlets' | 'first'>): string {
	const first = `first: ${story.first.outlet}, ${formatEventDate(story.first.article.published, 'day')}`;
	return `${plural(story.articles, 'article', 'articles')} · ${plural(story.outlets, 'outlet', 'outlets')} · ${first}`;
}

/**
 * "1 story", "12 reports": what the header counts. Counting coverage, a row is a report: an article telling a
 * story, once for each story it tells (an article telling two is two reports), not the articles themselves.
 */
export const countOf = (n: number, unit: 'stories' | 'articles'): string => (unit === 'stories' ? plural(n, 'story', 'stories') : plural(n, 'report', 'reports'));
