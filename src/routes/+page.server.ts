import { isContext } from '$lib/domain/context';
import { parseDay } from '$lib/domain/days';
import type { CountUnit } from '$lib/domain/stories';
import { type EventFilter, LIST_PAGE } from '$lib/domain/filter';
import { EventTable } from '$lib/query/event-table';
import { Selection } from '$lib/query/selection';
import { queryWindow } from '$lib/query/window';
import { database } from '$lib/server/connection';
import type { Db } from '$lib/server/store/db';
import { memo } from '$lib/server/queries';
import { storyDetail, storyPage, storySeqsMatching, storyWindow } from '$lib/server/stories/queries';
import { storyIndex } from '$lib/server/stories/story-index';
import { decodeView } from '$lib/state/url';
import type { PageServerLoad } from './$types';

/**
 * The first screen of the address, rendered on the server (a link preview is not empty):
 * the stories of the view (those precise to its window first), the opened story, and what
 * the header and the map count, counted by the very code the page counts with once its
 * index has come (`query/`), over the same index, so that nothing changes when it comes.
 */
export const load: PageServerLoad = async ({ url }) => {
	const db = await database();
	const { state } = decodeView(url.searchParams);
	const filter: EventFilter = {
		from: state.from ? parseDay(state.from) : null,
		to: state.to ? parseDay(state.to) : null,
		countries: state.countries,
		mode: state.mode,
		text: state.q
	};
	const { stories, total: listed } = await storyPage(db, filter, 0, LIST_PAGE);
	const story = state.story ? await storyDetail(db, state.story) : undefined;
	const { total, all, counts } = await countsOf(db, filter, state.count);
	const window = await storyWindow(db, filter);
	return {
		total,
		stories,
		content: stories.filter((s) => !isContext(parseDay(s.date.last)! - parseDay(s.date.first)! + 1, window)).length,
		counts,
		listed,
		all,
		story: story ?? null,
		storyMissing: state.story !== null && !story
	};
};

/** Rows of the unit's index in the view, in all, and per country. */
async function countsOf(db: Db, filter: EventFilter, unit: CountUnit): Promise<{ total: number; all: number; counts: Record<string, number> }> {
	const table = await memo(db, ['story-table', unit], async () => new EventTable(await storyIndex(db, unit)));
	const textMatches = filter.text ? new Set(await storySeqsMatching(db, filter.text)) : null;
	const selection = filter.countries.length || textMatches ? new Selection(table, { countries: filter.countries, mode: filter.mode, textMatches }) : null;
	const result = queryWindow(table, selection, filter.from ?? table.minDay, filter.to ?? table.maxDay, 0, 0);
	const counts: Record<string, number> = {};
	result.countryCounts.forEach((n, id) => n > 0 && (counts[table.countries[id]] = n));
	return { total: result.total, all: table.count, counts };
}
