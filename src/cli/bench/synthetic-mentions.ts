/**
 * Deterministic synthetic news for the story benchmark, with the repetition
 * real news has: each happening (a day, a few countries, a few names and a
 * number of its own) is told by several articles — on the day, the next day,
 * and later by month ("the May deal") — and some articles are wire copies of
 * another, republished word for word. Each mention knows its happening, so the
 * merge can be scored as well as timed.
 */
import { formatDay, utcDay } from '../../lib/domain/days';
import { hash } from '../../lib/domain/ids';
import { coverage } from '../../lib/domain/timex';
import type { Mention } from '../../lib/stories/types';
import { contentWords } from '../../lib/stories/words';
import { random } from './synthetic';

export interface SyntheticStoryArticle {
	id: string;
	published: string;
	outlet: string;
	text: string;
	mentions: Mention[];
	/** The happening each mention tells, in order. */
	truth: number[];
}

const COUNTRIES = ['US', 'CN', 'RU', 'GB', 'UA', 'FR', 'DE', 'IN', 'JP', 'IR', 'SY', 'IL', 'TR', 'KP', 'KR', 'BR', 'SA', 'PK', 'AF', 'IQ', 'MX', 'NG', 'EG', 'ZA', 'AU', 'CA', 'IT', 'ES', 'PL', 'VN'];
const COMMON = 'said officials government minister president talks deal agreed announced report week country people state security leaders meeting new foreign first after would also'.split(' ');
const VERBS = 'signed approved imposed launched tested agreed rejected announced attacked opened closed banned lifted'.split(' ');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_DAY = utcDay(2005, 1, 1);

interface Happening {
	n: number;
	day: number;
	countries: string[];
	names: string[];
	verb: string;
	number: number;
	/** Tellings still to come: [day, precision]. */
}

/**
 * Articles in publication order, until `mentionCount` mentions: about 40% of
 * mentions are a happening's first report, the rest retell a recent one (on
 * the same or the next day, or by month weeks later); one article in ten is a
 * wire copy of an article of the same day.
 */
export function* syntheticStoryArticles(mentionCount: number, seed = 1): Generator<SyntheticStoryArticle> {
	const next = random(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
	// Zipf-like: a few countries carry most of the news.
	const country = () => COUNTRIES[Math.min(COUNTRIES.length - 1, Math.floor(COUNTRIES.length * next() ** 2.5))];
	// Names of a happening's own (a place, a company), and recurring actors from a smaller, skewed pool (a president).
	const name = () => `n${Math.floor(next() * 50_000_000).toString(36)}`;
	const actor = () => `p${Math.floor(5_000 * next() ** 2).toString(36)}`;
	const recent: Happening[] = [];
	let happenings = 0;
	let made = 0;
	let day = FIRST_DAY;
	let article = 0;
	let previous: SyntheticStoryArticle | null = null;
	while (made < mentionCount) {
		if (next() < 0.15) day++;
		if (previous && next() < 0.1) {
			// A wire copy: the same text on another outlet, mentions in the same places.
			const id = `a${article++}`;
			const copy = { ...previous, id, outlet: `outlet${Math.floor(next() * 50)}`, mentions: previous.mentions.map((m) => ({ ...m, articleId: id, eventId: hash(`${id}/${m.eventId}`) })) };
			made += copy.mentions.length;
			yield copy;
			continue;
		}
		const size = Math.min(mentionCount - made, 1 + Math.floor(next() * 4));
		const sentences: string[] = [];
		const mentions: Mention[] = [];
		const truth: number[] = [];
		const id = `a${article++}`;
		let offset = 0;
		for (let k = 0; k < size; k++) {
			let h: Happening;
			let value: string;
			let when: string;
			const r = next();
			if (r < 0.4 || recent.length === 0) {
				h = { n: happenings++, day, countries: [...new Set([country(), country(), country()].slice(0, 1 + Math.floor(next() * 3)))], names: [actor(), name(), name()], verb: pick(VERBS), number: Math.floor(next() * 1000) };
				recent.push(h);
				if (recent.length > 400) recent.shift();
			} else h = recent[Math.floor(recent.length * (1 - next() ** 3))];
			if (h.day === day || (h.day === day - 1 && next() < 0.7)) {
				value = formatDay(h.day);
				when = `on ${value}`;
			} else {
				value = formatDay(h.day).slice(0, 7);
				when = `in ${MONTHS[+value.slice(5) - 1]}`;
			}
			// Each telling uses most of the happening's own words, some common ones, and its own order.
			const own = [h.verb, ...h.names.filter(() => next() < 0.8), next() < 0.6 ? String(h.number) : ''].filter(Boolean);
			const common = Array.from({ length: 3 + Math.floor(next() * 5) }, () => pick(COMMON));
			const sentence = `Officials of ${h.countries.join(' and ')} ${own.join(' ')} ${common.join(' ')} ${when}.`;
			mentions.push({
				eventId: hash(`${id}/${k}`),
				articleId: id,
				start: offset,
				end: offset + sentence.length,
				sentence: offset,
				value,
				span: coverage(value),
				countries: h.countries,
				ownCountries: true,
				summary: sentence,
				confidence: 0.8,
				// As mentions.ts does, the date's own words are no content: every telling of the day has them.
				words: contentWords(sentence.slice(0, sentence.length - when.length - 1)),
				context: []
			});
			truth.push(h.n);
			sentences.push(sentence);
			offset += sentence.length + 1;
		}
		made += mentions.length;
		previous = { id, published: formatDay(day), outlet: `outlet${Math.floor(next() * 50)}`, text: sentences.join(' '), mentions, truth };
		yield previous;
	}
}
