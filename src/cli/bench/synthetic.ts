/**
 * Deterministic synthetic news for the benchmark, with the repetition real news
 * has. Happenings (a day, a few countries drawn from a skewed (Zipf)
 * distribution, an actor, names and a number of their own) are each told by one
 * to eight articles of different outlets in their own words
 * (synthetic-telling.ts): on the day, the next day, weeks later by month or
 * week ("in May 2014"), years later by year; and one article in ten is a wire
 * copy of another, republished with a line of its own. Articles come in
 * publication order over 20 years, more of them around 40 peaks of news, as
 * in real news.
 */
import countries from 'i18n-iso-countries';
import { formatDay, utcDay, ymd } from '../../lib/domain/days';
import type { ArticleDraft, Extraction, Granularity } from '../../lib/domain/types';
import { isoWeek, isoWeekMonday } from '../../lib/domain/timex';
import { countryName, type Happening, nameOf, tell, TOPICS } from './synthetic-telling';

export interface SyntheticArticle {
	draft: ArticleDraft;
	extraction: Extraction;
	/** The happening each event tells (its `n`), in order: what a merge can be scored against. */
	truth: number[];
}

/** mulberry32: a small, fast, seedable generator, so every run makes the same data. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const CODES = Object.keys(countries.getAlpha2Codes()).sort();
const HEADLINE = ['US', 'CN', 'RU', 'GB', 'UA', 'FR', 'DE', 'IN', 'JP', 'IR', 'SY', 'IL', 'TR', 'KP', 'KR', 'BR', 'SA', 'PK', 'AF', 'IQ'];
const FIRST_DAY = utcDay(2005, 1, 1);
const DAYS = utcDay(2025, 1, 1) - FIRST_DAY;
const OUTLETS = 60;
const PAPERS = ['Times', 'Post', 'Herald', 'News', 'Daily', 'Tribune', 'Wire', 'Observer'];

/**
 * When a happening's later tellings come, and how they date it: [share, precision,
 * fewest and most days after it]. With the first report (always a day), about 60% of
 * mentions name a day, 25% a month, 5% a week and 10% a year.
 */
const LATER: [number, Granularity, number, number][] = [
	[0.3, 'day', 0, 0],
	[0.12, 'day', 1, 1],
	[0.36, 'month', 7, 60],
	[0.07, 'week', 2, 20],
	[0.15, 'year', 300, 1100]
];

interface Telling {
	h: Happening;
	granularity: Granularity;
}

export function* syntheticArticles(eventCount: number, seed = 1): Generator<SyntheticArticle> {
	const next = random(seed);
	const country = zipfCountries(next);
	const outlets = Array.from({ length: OUTLETS }, (_, o) => `${nameOf(o + 7, 2)} ${PAPERS[o % PAPERS.length]}`);
	const outlet = () => Math.floor(OUTLETS * next() ** 2);
	const published = publicationDays(next);

	// Tellings by the day they are due; those due by the current day wait in `due`, oldest first.
	const scheduled = new Map<number, Telling[]>();
	let due: Telling[] = [];
	let head = 0;
	let happenings = 0;
	let day = 0;
	let made = 0;
	let n = 0;
	let previous: SyntheticArticle | null = null;
	let previousOutlet = 0;

	const happening = (): Happening => {
		const h: Happening = {
			n: happenings++,
			day: FIRST_DAY + Math.max(0, day - (next() < 0.2 ? 1 : 0)),
			countries: [...new Set(Array.from({ length: 1 + Math.floor(next() * next() * 4) }, country))],
			// Actors recur (a few very often), a happening's own names do not.
			names: [nameOf(Math.floor(5000 * next() ** 2), 2), nameOf(Math.floor(next() * 75 ** 4), 4), nameOf(Math.floor(next() * 75 ** 4), 4)],
			topic: Math.floor(next() * TOPICS.length),
			number: Math.floor(next() * 1000)
		};
		// One to eight tellings in all, fewer more often; the first is the one being written.
		const tellings = 1 + Math.floor(8 * next() ** 1.6);
		for (let k = 1; k < tellings; k++) {
			let x = next();
			const [, granularity, fewest, most] = LATER.find(([share]) => (x -= share) < 0) ?? LATER[0];
			const at = Math.max(day, h.day - FIRST_DAY + fewest + Math.floor(next() * (most - fewest + 1)));
			if (at <= day) due.push({ h, granularity });
			else if (at < DAYS) {
				const list = scheduled.get(at) ?? [];
				if (!list.length) scheduled.set(at, list);
				list.push({ h, granularity });
			}
		}
		return h;
	};

	while (made < eventCount) {
		// The day this article comes out: the share of events made so far, on the calendar of the news.
		for (; day < DAYS - 1 && published[day] < made / eventCount; day++) {
			const list = scheduled.get(day + 1);
			if (list) due.push(...list);
			scheduled.delete(day + 1);
		}
		if (head > 4096) [due, head] = [due.slice(head), 0];

		if (previous && next() < 0.1 && made + previous.truth.length <= eventCount) {
			// A wire copy: another outlet republishes the article with a line of its own.
			const other = (previousOutlet + 1 + Math.floor(next() * (OUTLETS - 1))) % OUTLETS;
			const { draft, extraction, truth } = previous;
			made += truth.length;
			yield {
				draft: { ...draft, source: outlets[other], url: articleUrl(outlets[other], seed, n++), text: `${draft.text} Republished by ${outlets[other]}.` },
				extraction,
				truth
			};
			continue;
		}

		const size = Math.min(eventCount - made, 1 + Math.floor(next() * 8));
		const extraction: Extraction = { dates: [], places: [], events: [] };
		const truth: number[] = [];
		const parts: string[] = [];
		const deferred: Telling[] = [];
		let lead: Happening | undefined;
		let offset = 0;
		while (truth.length < size) {
			let telling: Telling;
			if (head < due.length) {
				telling = due[head++];
				// Another telling of a happening this article already tells waits for another article.
				if (truth.includes(telling.h.n)) {
					deferred.push(telling);
					continue;
				}
			} else telling = { h: happening(), granularity: 'day' };
			const { h, granularity } = telling;
			lead ??= h;
			const [value, when] = dateOf(h.day, granularity);
			const { sentence, dateEnd, countries: told } = tell(h, when, next);
			extraction.dates.push({ start: offset, end: offset + dateEnd, text: sentence.slice(0, dateEnd), value, granularity });
			extraction.events.push({ date: { value, granularity }, countries: told, start: offset, end: offset + sentence.length, summary: sentence, confidence: 0.8 });
			truth.push(h.n);
			parts.push(sentence);
			offset += sentence.length + 1;
		}
		due.push(...deferred);
		made += size;
		previousOutlet = outlet();
		previous = {
			draft: {
				title: `${lead!.names[0]}: ${TOPICS[lead!.topic][1][0]} in ${countryName(lead!.countries[0])}`,
				published: formatDay(FIRST_DAY + day),
				url: articleUrl(outlets[previousOutlet], seed, n++),
				source: outlets[previousOutlet],
				text: parts.join(' ')
			},
			extraction,
			truth
		};
		yield previous;
	}
}

const articleUrl = (outlet: string, seed: number, n: number) => `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/${seed}/${n}`;

/** Countries drawn by rank r with weight 1 / r^1.1: the countries most in the news first, then the rest in a seeded order. */
function zipfCountries(next: () => number): () => string {
	const order = [...HEADLINE, ...CODES.filter((c) => !HEADLINE.includes(c)).sort(() => next() - 0.5)];
	const cumulative: number[] = [];
	let total = 0;
	for (let r = 0; r < order.length; r++) cumulative.push((total += 1 / (r + 1) ** 1.1));
	return () => {
		const x = next() * total;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return order[lo];
	};
}

/**
 * The calendar of the news, as the share of all articles out by the end of each
 * day: two thirds spread evenly over the 20 years, a third within a month either
 * side of one of 40 peaks.
 */
function publicationDays(next: () => number): Float64Array {
	const weight = new Float64Array(DAYS).fill(2 / 3 / DAYS);
	for (let p = 0; p < 40; p++) {
		const peak = Math.floor(next() * DAYS);
		const from = Math.max(0, peak - 30);
		const to = Math.min(DAYS - 1, peak + 30);
		for (let d = from; d <= to; d++) weight[d] += 1 / 3 / 40 / (to - from + 1);
	}
	for (let d = 1; d < DAYS; d++) weight[d] += weight[d - 1];
	return weight;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day's value at a granularity, and how an article would write it. */
function dateOf(day: number, granularity: Granularity): [string, string] {
	const [y, m, d] = ymd(day);
	switch (granularity) {
		case 'month':
			return [`${y}-${String(m).padStart(2, '0')}`, `in ${MONTHS[m - 1]} ${y}`];
		case 'year':
			return [String(y), `in ${y}`];
		case 'week': {
			const [wy, w] = isoWeek(day);
			// Named by its Monday, as the app names a week.
			const [my, mm, md] = ymd(isoWeekMonday(wy, w));
			return [`${wy}-W${String(w).padStart(2, '0')}`, `in the week of ${md} ${MONTHS[mm - 1]} ${my}`];
		}
		default:
			return [formatDay(day), `on ${d} ${MONTHS[m - 1]} ${y}`];
	}
}
