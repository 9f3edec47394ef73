import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { ARTICLES, type Brief } from './briefs.fixture';
import { COARSE_WORD_STORIES, DAY_COUNTRY_STORIES, StoryBuilder } from './builder';
import { storyFace } from './face';
import { mention } from './mention.fixture';
import { mentionsOf } from './mentions';
import { contentWords } from './words';

/** Builds stories from the briefs with the real extractor, in the order given. */
function build(briefs: Brief[]): { builder: StoryBuilder; joined: Map<string, string[]> } {
	const builder = new StoryBuilder();
	const joined = new Map<string, string[]>();
	for (const b of briefs) joined.set(b.id, builder.addArticle({ id: b.id, published: b.published, outlet: b.outlet }, b.text, mentionsOf(b, extract(b))));
	return { builder, joined };
}

/** The articles of each story, for comparing groupings. */
const grouping = (builder: StoryBuilder) => builder.stories().map((s) => [...new Set(s.mentions.map((m) => m.articleId))]);

describe('StoryBuilder on the real extractor', () => {
	const { builder, joined } = build(ARTICLES);

	it('gathers one happening told on the day, the next day, by a wire copy and months later by month', () => {
		expect(grouping(builder)).toEqual([['ap-gas', 'star-gas', 'reuters-gas', 'ft-gas'], ['reuters-gas'], ['ft-gas'], ['yonhap-jan'], ['yonhap-feb']]);
		// The month mention ("signed … in May") is the second event of its article.
		expect(joined.get('ft-gas')![1]).toBe(joined.get('ap-gas')![0]);
	});

	it('keeps apart two missile tests a month apart, told in nearly the same words', () => {
		expect(joined.get('yonhap-jan')).not.toEqual(joined.get('yonhap-feb'));
	});

	it('recognises a wire copy, which does not count as another outlet', () => {
		expect(builder.articles.get('star-gas')!.copyOf).toBe('ap-gas');
		expect(builder.articles.get('reuters-gas')!.copyOf).toBeNull();
		const face = storyFace(builder.story(joined.get('ap-gas')![0])!, builder.articles);
		expect(face).toMatchObject({
			date: { value: '2014-05-21', spread: null },
			countries: ['CN', 'RU'],
			articles: 4,
			outlets: 3,
			first: { article: 'ap-gas', outlet: 'Associated Press', published: '2014-05-21' },
			copies: [{ article: 'star-gas', copyOf: 'ap-gas' }]
		});
	});

	it('names a story after its first mention, so the same articles in the same order give the same ids', () => {
		const again = build(ARTICLES);
		expect(again.builder.stories().map((s) => s.id)).toEqual(builder.stories().map((s) => s.id));
		for (const s of builder.stories()) expect(s.id).toBe(`st-${s.mentions[0].eventId}`);
	});
});

describe('StoryBuilder merging', () => {
	it('keeps the older id when two stories merge and opens the story by the absorbed id', () => {
		const builder = new StoryBuilder();
		const [a] = builder.addArticle({ id: 'x', published: '2014-05-21', outlet: 'X' }, 'x', [mention('m1', '2014-05-21', ['RU'], 'Gazprom pipeline contract')]);
		const [b] = builder.addArticle({ id: 'y', published: '2014-05-22', outlet: 'Y' }, 'y', [mention('m2', '2014-05-21', ['RU'], 'Mistral helicopter carriers')]);
		expect([a, b]).toEqual(['st-m1', 'st-m2']);
		expect(builder.merge(b, a)).toBe('st-m1');
		expect(builder.stories().map((s) => [s.id, s.aliases, s.mentions.map((m) => m.eventId)])).toEqual([['st-m1', ['st-m2'], ['m1', 'm2']]]);
		expect(builder.story('st-m2')!.id).toBe('st-m1');
	});

	it('merges two stories a mention joins when their dates agree: "in May" mentions met the day-precise report', () => {
		const builder = new StoryBuilder();
		const [month] = builder.addArticle({ id: 'x', published: '2014-08-01', outlet: 'X' }, 'x', [mention('m1', '2014-05', ['RU', 'CN'], 'Gazprom CNPC Siberia pipeline contract')]);
		const [day] = builder.addArticle({ id: 'y', published: '2014-08-02', outlet: 'Y' }, 'y', [mention('m2', '2014-05-21', ['RU', 'CN'], 'Tass Zhongnanhai communique')]);
		expect(month).not.toBe(day);
		const [both] = builder.addArticle({ id: 'z', published: '2014-08-03', outlet: 'Z' }, 'z', [mention('m3', '2014-05-21', ['RU', 'CN'], 'Gazprom CNPC Siberia pipeline contract Tass Zhongnanhai communique')]);
		expect(both).toBe('st-m1');
		expect(builder.stories().map((s) => [s.id, s.aliases, s.span])).toEqual([['st-m1', ['st-m2'], { first: 16211, last: 16211 }]]);
	});
	it('merges a coarser story into a day story once every one of its mentions would join it', () => {
		const builder = new StoryBuilder();
		const [month] = builder.addArticle({ id: 'x', published: '2015-07-17', outlet: 'X' }, 'x', [mention('m1', '2015-10', ['NL'], 'the Zorblatov board will publish its final report')]);
		// The day's report says much more than the month mention: from its side, the month story holds too little of it.
		const [day] = builder.addArticle({ id: 'y', published: '2015-10-13', outlet: 'Y' }, 'y', [dayReport()]);
		expect([month, day]).toEqual(['st-m1', 'st-m1']);
		expect(builder.stories().map((s) => [s.id, s.aliases, s.span])).toEqual([['st-m1', ['st-m2'], { first: 16721, last: 16721 }]]);
	});

	it('offers a month mention the day stories of its month that share a country, though they share no rare word', () => {
		const builder = new StoryBuilder();
		const day = tell(builder, 'm1', '2014-05-21', ['RU'], 'Zorblatov signed the deal after talks');
		expect(tell(builder, 'm2', '2014-05', ['RU'], 'the deal signed after talks')).toBe(day);
		// Another country's day story of the month is not offered, nor one of another month.
		tell(builder, 'm3', '2014-05-22', ['BR'], 'Quexon signed the deal after talks');
		tell(builder, 'm4', '2014-06-02', ['RU'], 'Fenwick signed the deal after talks');
		const before = builder.index.examined;
		tell(builder, 'm5', '2014-05', ['RU'], 'the deal signed after talks');
		expect(builder.index.examined - before).toBe(1);
	});

	it('leaves a month mention met by its country alone apart when it could tell of two day stories', () => {
		const builder = new StoryBuilder();
		tell(builder, 'm1', '2014-05-21', ['RU'], 'Zorblatov signed the deal after talks');
		tell(builder, 'm2', '2014-05-26', ['RU'], 'Quexon signed the deal after talks');
		expect(tell(builder, 'm3', '2014-05', ['RU'], 'the deal signed after talks')).toBe('st-m3');
	});

	it('offers a month mention only the latest sixteen day stories of its month and country', () => {
		const builder = new StoryBuilder();
		for (let d = 1; d <= 20; d++) tell(builder, `m${d}`, `2014-05-${String(d).padStart(2, '0')}`, ['RU'], `Zorblat${d} Quexon${d}`);
		const before = builder.index.examined;
		tell(builder, 'n', '2014-05', ['RU'], 'the deal signed after talks');
		expect(builder.index.examined - before).toBe(16);
	});

	it('offers a mention only the latest stories of a month that share one of its rare words', () => {
		const builder = new StoryBuilder();
		// Month stories of one rare name (a minister's, say), each of another country and names of its own: none joins another.
		const others = COARSE_WORD_STORIES + 4;
		for (let i = 0; i < others; i++) tell(builder, `m${i}`, '2014-05', [COUNTRIES[i]], `Zorblatov Quexon${i} Fenwick${i} Marbleton${i}`);
		expect(builder.stories()).toHaveLength(others);
		const before = builder.index.examined;
		tell(builder, 'n', '2014-05', ['VN'], 'Zorblatov Plimsoll Trevanian');
		expect(builder.index.examined - before).toBe(COARSE_WORD_STORIES);
	});

	it('offers a day mention by country alone only the latest stories of its day and country', () => {
		// Told in common words only (no rare word to file it by): only its day and country lead a later telling to it.
		const told = 'the president and government officials would meet next week for talks';
		const joinsFirst = (others: number) => {
			const builder = new StoryBuilder();
			tell(builder, 'm0', '2014-05-21', ['RU'], told);
			// Other happenings of the day and country, each of names of its own, filed after it.
			for (let i = 1; i <= others; i++) tell(builder, `m${i}`, '2014-05-21', ['RU'], `Zorblat${i} Quexon${i} Fenwick${i}`);
			return tell(builder, 'n', '2014-05-21', ['RU'], told) === 'st-m0';
		};
		expect(joinsFirst(DAY_COUNTRY_STORIES - 1)).toBe(true);
		expect(joinsFirst(DAY_COUNTRY_STORIES)).toBe(false);
	});

	it('offers a day mention the stories of its day and country only when none that shares a rare word takes it', () => {
		const builder = new StoryBuilder();
		const deal = tell(builder, 'm0', '2014-05-21', ['RU'], 'Zorblatov and Quexon signed the pipeline deal after talks');
		tell(builder, 'm1', '2014-05-21', ['RU'], 'the president and government officials would meet next week');
		// It shares rare words with the deal, and common ones with the other: only the deal is looked at.
		const before = builder.index.examined;
		expect(tell(builder, 'n', '2014-05-21', ['RU'], 'Zorblatov and Quexon signed the deal, officials said')).toBe(deal);
		expect(builder.index.examined - before).toBe(1);
		expect(builder.stories()).toHaveLength(2);
	});

	it('ties two stories a mention joins only when they agree without it', () => {
		const builder = new StoryBuilder();
		tell(builder, 'a1', '2014-05-21', ['RU'], 'Zorblatov and Kovabe met');
		tell(builder, 'b1', '2014-05-21', ['RU'], 'Quexon and Fenwick and Dravik and Molnar voted');
		tell(builder, 'b2', '2014-05-21', ['RU'], 'Quexon and Fenwick and Dravik and Molnar cast votes');
		expect(builder.stories().map((s) => s.mentions.length)).toEqual([1, 2]);
		// It holds names of both stories, and joins both: the stories themselves share none.
		expect(tell(builder, 'n', '2014-05-21', ['RU'], 'Zorblatov and Kovabe and Quexon met')).toBe('st-a1');
		expect(builder.stories().map((s) => s.mentions.length)).toEqual([2, 2]);
	});

	it('leaves a coarser story apart when one of its mentions would not join the day story', () => {
		const builder = new StoryBuilder();
		builder.addArticle({ id: 'x', published: '2015-07-17', outlet: 'X' }, 'x', [mention('m1', '2015-10', ['NL'], 'the Zorblatov board will publish its final report')]);
		builder.addArticle({ id: 'w', published: '2015-07-18', outlet: 'W' }, 'w', [mention('m0', '2015-10', ['NL'], 'the Zorblatov board will publish its Fenwick tulip findings in Lisse')]);
		expect(builder.stories().map((s) => s.mentions.length)).toEqual([2]);
		const [day] = builder.addArticle({ id: 'y', published: '2015-10-13', outlet: 'Y' }, 'y', [dayReport()]);
		expect(day).toBe('st-m2');
		expect(builder.stories().map((s) => s.id)).toEqual(['st-m1', 'st-m2']);
	});
});

const COUNTRIES = ['US', 'CN', 'RU', 'GB', 'UA', 'FR', 'DE', 'IN', 'JP', 'IR', 'SY', 'IL', 'TR', 'KP', 'KR', 'BR', 'SA', 'PK', 'AF', 'IQ'];

/** Adds an article of one mention (its own article and outlet, published when the mention's date ends); returns the story it joined. */
function tell(builder: StoryBuilder, id: string, value: string, countries: string[], text: string): string {
	const published = value.length === 7 ? `${value}-28` : value;
	return builder.addArticle({ id: `article-${id}`, published, outlet: id }, id, [mention(id, value, countries, text)])[0];
}

/**
 * The day's report of a happening a month mention told before: its sentence says much more, so from its side the month
 * story holds too little of it; from the month mention's side, the report holds all it says.
 */
const dayReport = () =>
	mention('m2', '2015-10-13', ['NL'], 'the Zorblatov board presented its final report', {
		context: contentWords('at Gilze-Rijen beside a reconstructed cockpit, investigators said a Buk warhead exploded above the Hrabove wheatfields near Torez, where Snizhne villagers gathered shrapnel')
	});

describe('StoryBuilder candidates', () => {
	it('examines only the stories the index offers, not every story', () => {
		const builder = new StoryBuilder();
		// A thousand happenings on a thousand days, each with a name of its own.
		for (let i = 0; i < 1000; i++) {
			const day = new Date(Date.UTC(2010, 0, 1 + i * 3)).toISOString().slice(0, 10);
			builder.addArticle({ id: `a${i}`, published: day, outlet: 'X' }, 'x', [mention(`m${i}`, day, ['US'], `Zorblat${i} summit Quexon${i} accord`)]);
		}
		expect(builder.stories()).toHaveLength(1000);
		const before = builder.index.examined;
		const [joined] = builder.addArticle({ id: 'b', published: '2012-01-01', outlet: 'Y' }, 'y', [mention('n', '2011-01-02', ['US'], 'the Zorblat122 summit and Quexon122 accord')]);
		// Day 122 is 2011-01-02: its own story is the one candidate (its rare words, and its country on the days either side, lead only there).
		expect(builder.index.examined - before).toBe(1);
		expect(joined).toBe('st-m122');
	});
});
