/**
 * Intervals that join date mentions: "since March" runs to publication;
 * "between 2010 and 2013" and "from May to July" join two mentions. TIMEX3
 * annotates only the parts ("March", "2010", "2013"; the preposition is a
 * signal and the interval a relation between them), so these intervals are
 * not date mentions of the article: events use them, in place of their parts,
 * as the time a clause covers. Ranges written as one expression ("June 15-16",
 * "2010-2013") are mentions of their own and come from the grammar. A weekend
 * (`2014-W33-WE`, which a timeline cannot place) gets its Saturday and Sunday.
 */
import type { DateMention } from '../../domain/types';
import { rangeValue } from './calendar';
import { coverage, isoWeekMonday } from '../../domain/timex';
import { publicationDay } from './index';

export function findRanges(dates: DateMention[], text: string, published: string | null): DateMention[] {
	const pub = publicationDay(published);
	const out: DateMention[] = [];
	for (let i = 0; i < dates.length; i++) {
		const d = dates[i];
		const span = coverage(d.value);
		const before = text.slice(Math.max(0, d.start - 10), d.start);
		const next = dates[i + 1];
		const lead = /\b(between|from)\s+$/i.exec(before);
		if (lead && span && next) {
			const gap = text.slice(d.end, next.start);
			const nextSpan = coverage(next.value);
			const joiner = lead[1].toLowerCase() === 'between' ? /^\s+and\s+$/i : /^\s+(?:to|until|till|through|and)\s+$/i;
			if (nextSpan && joiner.test(gap) && nextSpan.last > span.first) {
				const start = d.start - lead[0].length;
				const r = rangeValue(span.first, nextSpan.last);
				out.push({ start, end: next.end, text: text.slice(start, next.end), ...r });
				i++;
				continue;
			}
		}
		const weekend = /^(\d{4})-W(\d{2})-WE$/.exec(d.value);
		if (weekend) {
			const saturday = isoWeekMonday(+weekend[1], +weekend[2]) + 5;
			out.push({ start: d.start, end: d.end, text: d.text, ...rangeValue(saturday, saturday + 1) });
			continue;
		}
		const since = /\bsince\s+$/i.exec(before);
		if (since && span && pub !== null && pub > span.first && d.granularity !== 'range') {
			const start = d.start - since[0].length;
			const r = rangeValue(span.first, pub);
			out.push({ start, end: d.end, text: text.slice(start, d.end), ...r });
			continue;
		}
	}
	return out;
}
