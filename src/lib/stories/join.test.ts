import { describe, expect, it } from 'vitest';
import { coverage } from '../domain/timex';
import { DocumentFrequency } from './idf';
import { decideJoin, mayJoin } from './join';
import { mention } from './mention.fixture';
import type { Mention, Story } from './types';

/** A story of the given mentions, as the builder keeps it. */
function story(...mentions: Mention[]): Story {
	const words = new Set<string>();
	const countries = new Map<string, number>();
	for (const m of mentions) {
		for (const w of [...m.words, ...m.context]) words.add(w);
		for (const c of m.countries) countries.set(c, (countries.get(c) ?? 0) + 1);
	}
	return { id: `st-${mentions[0].eventId}`, aliases: [], mentions, span: coverage(mentions[0].value), words, countries, human: false };
}

// A corpus where the everyday words of news are common and the names are rare.
// (Counts are by stem, as contentWords gives them: "signed" → sign, "agreement" → agreeme, "officials" → officia.)
const idf = new DocumentFrequency({ documents: 1000, counts: { said: 900, sign: 300, agreeme: 200, officia: 400, with: 950, the: 990, and: 990 } });
const gasDeal = story(mention('a', '2014-05-21', ['RU', 'CN'], 'Gazprom and CNPC signed a $400 billion gas agreement in Shanghai'));

describe('decideJoin', () => {
	it('joins a telling of the same day, countries and rare words', () => {
		const d = decideJoin(mention('b', '2014-05-21', ['CN', 'RU'], 'Gazprom agreed to sell gas to CNPC for $400 billion'), gasDeal, idf);
		expect(d).toMatchObject({ joins: true, relation: 'same', sharedCountries: 2, required: 0.15 });
		expect(d.words).toBeGreaterThan(0.5);
	});

	it('keeps apart a clause of the same day and countries whose words differ', () => {
		const d = decideJoin(mention('b', '2014-05-21', ['RU', 'CN'], 'Putin and Xi watched joint naval drills off Shanghai'), gasDeal, idf);
		expect(d.relation).toBe('same');
		expect(d.joins).toBe(false);
	});

	it('keeps a year-level mention about another country out of a day story, however alike the words', () => {
		const sanctions = story(mention('a', '2014-03-17', ['US', 'RU', 'UA'], 'the United States and the European Union imposed Western sanctions against Russia over Ukraine'));
		const japan = (countries: string[], extra = {}) => mention('j', '2014', countries, 'Japan joined Western sanctions against Russia over Ukraine', extra);
		expect(decideJoin(japan(['JP', 'RU', 'UA']), sanctions, idf)).toMatchObject({ joins: false, relation: 'contains', otherLead: true, sharedCountries: 2 });
		// A country the clause does not name itself leads nothing: the words decide, as for a day.
		expect(decideJoin(japan(['JP', 'RU', 'UA'], { ownCountries: false }), sanctions, idf)).toMatchObject({ joins: true, otherLead: false });
		// Of a story that names its country, or said of its month, it joins on the words as before.
		expect(decideJoin(japan(['US', 'RU', 'UA']), sanctions, idf)).toMatchObject({ joins: true, otherLead: false });
		expect(decideJoin(mention('j', '2014-03', ['JP', 'RU', 'UA'], 'Japan joined Western sanctions against Russia over Ukraine'), sanctions, idf)).toMatchObject({ joins: true, otherLead: false });
	});

	it('never joins dates that lie apart, however alike the words', () => {
		const d = decideJoin(mention('b', '2014-06-21', ['RU', 'CN'], 'Gazprom and CNPC signed a $400 billion gas agreement in Shanghai'), gasDeal, idf);
		expect(d).toMatchObject({ joins: false, relation: 'apart' });
	});

	it('asks a month mention of a day-precise story for stronger words than a mention of the day', () => {
		const sameDay = decideJoin(mention('b', '2014-05-21', ['RU'], 'the Gazprom deal'), gasDeal, idf);
		const month = decideJoin(mention('c', '2014-05', ['RU'], 'the Gazprom deal'), gasDeal, idf);
		const year = decideJoin(mention('d', '2014', ['RU'], 'the Gazprom deal'), gasDeal, idf);
		expect(month.relation).toBe('contains');
		expect(month.required).toBeCloseTo(0.15 + 0.05 * Math.log10(31), 12);
		expect(year.required).toBeCloseTo(0.15 + 0.05 * Math.log10(365), 12);
		expect(sameDay.required).toBe(0.15);
		expect(month.words).toBeCloseTo(sameDay.words, 12);
	});

	it('raises the bar when the countries differ, and less when one side names none', () => {
		const other = decideJoin(mention('b', '2014-05-21', ['US'], 'Gazprom and CNPC signed a gas agreement'), gasDeal, idf);
		const none = decideJoin(mention('c', '2014-05-21', [], 'Gazprom and CNPC signed a gas agreement'), gasDeal, idf);
		expect(other.sharedCountries).toBe(0);
		expect(other.required).toBeCloseTo(0.45, 12);
		expect(none.sharedCountries).toBe(-1);
		expect(none.required).toBeCloseTo(0.3, 12);
		// Countries the extractor borrowed from around the clause say no more than none.
		const borrowed = decideJoin(mention('d', '2014-05-21', ['US'], 'Gazprom and CNPC signed a gas agreement', { ownCountries: false }), gasDeal, idf);
		expect(borrowed.sharedCountries).toBe(0);
		expect(borrowed.required).toBeCloseTo(0.3, 12);
	});

	it('weighs rare words, not common ones: sharing only "signed", "agreement" and "said" is no join', () => {
		const d = decideJoin(mention('b', '2014-05-21', ['RU', 'CN'], 'Officials said Lavrov signed an agreement with Wang Yi'), gasDeal, idf);
		expect(d.joins).toBe(false);
		expect(d.words).toBeLessThan(0.05);
	});

	it('never joins two events one sentence of one article told apart', () => {
		const m = mention('b', '2014-05-21', ['RU', 'CN'], 'Gazprom and CNPC signed a $400 billion gas agreement', { articleId: 'article-a' });
		expect(decideJoin(m, gasDeal, idf)).toMatchObject({ joins: false, sameSentence: true });
	});
});

describe('mayJoin', () => {
	// Every kind of case above, each against the gas deal: mayJoin may say yes to a decline, never no to a join.
	const cases = [
		mention('b', '2014-05-21', ['CN', 'RU'], 'Gazprom agreed to sell gas to CNPC for $400 billion'),
		mention('b', '2014-05-21', ['RU', 'CN'], 'Putin and Xi watched joint naval drills off Shanghai'),
		mention('b', '2014-05-22', ['RU', 'CN'], 'Gazprom and CNPC signed a gas agreement'),
		mention('b', '2014-06-21', ['RU', 'CN'], 'Gazprom and CNPC signed a $400 billion gas agreement in Shanghai'),
		mention('c', '2014-05', ['RU'], 'the Gazprom deal'),
		mention('c', '2014-05', ['RU'], 'Gazprom and CNPC signed a $400 billion gas agreement'),
		mention('d', '2014', ['RU'], 'the Gazprom deal'),
		mention('b', '2014-05-21', ['US'], 'Gazprom and CNPC signed a gas agreement'),
		mention('b', '2014-05-21', ['US'], 'Gazprom and CNPC signed a $400 billion gas agreement in Shanghai'),
		mention('c', '2014-05-21', [], 'Gazprom and CNPC signed a gas agreement'),
		mention('b', '2014-05-21', ['RU', 'CN'], 'Officials said Lavrov signed an agreement with Wang Yi')
	];

	it('turns down what decideJoin turns down for its dates or words, and nothing it joins', () => {
		const joins = cases.map((m) => decideJoin(m, gasDeal, idf).joins);
		const may = cases.map((m) => mayJoin(m, gasDeal, idf));
		expect(joins.filter(Boolean).length).toBeGreaterThanOrEqual(3);
		expect(joins.filter((j) => !j).length).toBeGreaterThanOrEqual(3);
		// Its words are the whole decision here (no sentence shared, no year mention of another country).
		expect(may).toEqual(joins);
	});

	it('says yes to a story that may join but another event of its sentence keeps out: the full decision tells', () => {
		const m = mention('b', '2014-05-21', ['RU', 'CN'], 'Gazprom and CNPC signed a $400 billion gas agreement', { articleId: 'article-a' });
		expect(mayJoin(m, gasDeal, idf)).toBe(true);
		expect(decideJoin(m, gasDeal, idf).joins).toBe(false);
	});
});
