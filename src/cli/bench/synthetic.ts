/**
 * Deterministic synthetic news for the benchmark: articles of a few events
 * each, over 20 years, with countries drawn from a skewed (Zipf) distribution
 * as in real news, where a few countries carry most of the stories.
 */
import countries from 'i18n-iso-countries';
import { formatDay, utcDay, ymd } from '../../lib/domain/days';
import type { ArticleDraft, Extraction, Granularity } from '../../lib/domain/types';
import { isoWeek, isoWeekMonday } from '../../lib/domain/timex';

export interface SyntheticArticle {
	draft: ArticleDraft;
	extraction: Extraction;
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
const PRECISION: [Granularity, number][] = [
	['day', 0.6],
	['month', 0.25],
	['week', 0.05],
	['year', 0.1]
];

export function* syntheticArticles(eventCount: number, seed = 1): Generator<SyntheticArticle> {
	const next = random(seed);
	// Zipf weights, rank r having weight 1 / r^1.1: the countries most in the news first, then the rest in a seeded order.
	const order = [...HEADLINE, ...CODES.filter((c) => !HEADLINE.includes(c)).sort(() => next() - 0.5)];
	const cumulative: number[] = [];
	let total = 0;
	for (let r = 0; r < order.length; r++) cumulative.push((total += 1 / (r + 1) ** 1.1));
	const country = () => {
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
	// Stories cluster: a third of the events fall within weeks of one of 40 peaks.
	const peaks = Array.from({ length: 40 }, () => Math.floor(next() * DAYS));

	let made = 0;
	for (let n = 0; made < eventCount; n++) {
		const size = Math.min(eventCount - made, 1 + Math.floor(next() * 8));
		const parts: string[] = [];
		const extraction: Extraction = { dates: [], places: [], events: [] };
		let offset = 0;
		let latest = FIRST_DAY;
		for (let k = 0; k < size; k++) {
			const day = FIRST_DAY + (next() < 0.33 ? Math.max(0, Math.min(DAYS - 1, peaks[Math.floor(next() * peaks.length)] + Math.round((next() - 0.5) * 60))) : Math.floor(next() * DAYS));
			latest = Math.max(latest, day);
			const [value, granularity, words] = dateOf(day, pick(next));
			const involved = [...new Set(Array.from({ length: 1 + Math.floor(next() * next() * 4) }, country))];
			const sentence = `${words[0].toUpperCase()}${words.slice(1)}, officials of ${involved.map((c) => countries.getName(c, 'en') ?? c).join(' and ')} agreed on measure ${n}-${k}.`;
			extraction.dates.push({ start: offset, end: offset + words.length, text: words, value, granularity });
			extraction.events.push({
				date: { value, granularity },
				countries: involved,
				start: offset,
				end: offset + sentence.length,
				summary: sentence,
				confidence: 0.8
			});
			parts.push(sentence);
			offset += sentence.length + 1;
		}
		made += size;
		yield {
			draft: {
				title: `Synthetic brief ${n}`,
				published: formatDay(latest + Math.floor(next() * 4)),
				url: `https://bench.dateline.example/${seed}/${n}`,
				source: 'Dateline benchmark',
				text: parts.join(' ')
			},
			extraction
		};
	}
}

function pick(next: () => number): Granularity {
	let x = next();
	for (const [granularity, share] of PRECISION) if ((x -= share) < 0) return granularity;
	return 'day';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day's value at a granularity, and how an article would write it. */
function dateOf(day: number, granularity: Granularity): [string, Granularity, string] {
	const [y, m, d] = ymd(day);
	switch (granularity) {
		case 'month':
			return [`${y}-${String(m).padStart(2, '0')}`, 'month', `in ${MONTHS[m - 1]} ${y}`];
		case 'year':
			return [String(y), 'year', `in ${y}`];
		case 'week': {
			const [wy, w] = isoWeek(day);
			// Named by its Monday, as the app names a week.
			const [my, mm, md] = ymd(isoWeekMonday(wy, w));
			return [`${wy}-W${String(w).padStart(2, '0')}`, 'week', `in the week of ${md} ${MONTHS[mm - 1]} ${my}`];
		}
		default:
			return [formatDay(day), 'day', `on ${d} ${MONTHS[m - 1]} ${y}`];
	}
}
