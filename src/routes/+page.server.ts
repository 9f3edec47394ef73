import { parseDay } from '$lib/domain/days';
import { type EventFilter, LIST_PAGE, NO_FILTER } from '$lib/domain/filter';
import { database } from '$lib/server/connection';
import { articleById, articleCount, countsByCountry, eventById, eventPage } from '$lib/server/queries';
import { decodeView } from '$lib/state/url';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const db = database();
	const { state } = decodeView(url.searchParams);
	const filter: EventFilter = {
		from: state.from ? parseDay(state.from) : null,
		to: state.to ? parseDay(state.to) : null,
		countries: state.countries,
		mode: state.mode,
		text: state.q
	};
	const { total, events } = eventPage(db, filter, 0, LIST_PAGE);
	const selected = state.event ? eventById(db, state.event) : undefined;
	return {
		total,
		events,
		counts: countsByCountry(db, filter),
		articles: articleCount(db),
		all: eventPage(db, NO_FILTER, 0, 0).total,
		selected: selected ? { event: selected, article: articleById(db, selected.article.id)! } : null,
		eventMissing: state.event !== null && !selected
	};
};
