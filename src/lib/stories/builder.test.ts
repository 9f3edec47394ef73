import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { ARTICLES, type Brief } from './briefs.fixture';
import { StoryBuilder } from './builder';
import { storyFace } from './face';
import { mention } from './mention.fixture';
import { mentionsOf } from './mentions';

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
