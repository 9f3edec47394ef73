import { describe, expect, it } from 'vitest';
import { StoryBuilder } from './builder';
import { mention } from './mention.fixture';
import type { Mention } from './types';

/** A builder holding the given articles' mentions, one article each, published on the mention's day. */
function built(...mentions: Mention[]): StoryBuilder {
	const builder = new StoryBuilder();
	for (const m of mentions) builder.addArticle({ id: m.articleId, published: m.value.slice(0, 10), outlet: m.articleId }, m.articleId, [m]);
	return builder;
}

const gas = (id: string, day = '2014-05-21') => mention(id, day, ['RU', 'CN'], 'Gazprom and CNPC signed the Siberia pipeline contract');
const carriers = (id: string) => mention(id, '2014-05-21', ['FR', 'RU'], 'Mistral helicopter carriers delivery suspended by Hollande');

/** Each story's id and its mentions' event ids. */
const layout = (builder: StoryBuilder) => builder.stories().map((s) => [s.id, s.mentions.map((m) => m.eventId)]);

describe('StoryBuilder.split', () => {
	it('takes a mention out into a story of its own, marked as a reader made it', () => {
		const builder = built(gas('a'), gas('b'), gas('c'));
		expect(layout(builder)).toEqual([['st-a', ['a', 'b', 'c']]]);
		expect(builder.split('b')).toBe('st-b');
		expect(layout(builder)).toEqual([
			['st-a', ['a', 'c']],
			['st-b', ['b']]
		]);
		expect(builder.stories().map((s) => s.human)).toEqual([true, true]);
		expect(builder.storyOf('b')!.id).toBe('st-b');
	});

	it('leaves the story its id when its first mention is split out: the new story takes the next free id', () => {
		const builder = built(gas('a'), gas('b'));
		expect(builder.split('a')).toBe('st-a-2');
		expect(layout(builder)).toEqual([
			['st-a', ['b']],
			['st-a-2', ['a']]
		]);
		// The same again finds st-a-2 taken as well.
		builder.move('a', 'st-a');
		expect(builder.split('a')).toBe('st-a-3');
	});

	it('leaves a mention alone in its story where it is, and marks the story', () => {
		const builder = built(gas('a'), carriers('b'));
		expect(builder.split('b')).toBe('st-b');
		expect(layout(builder)).toEqual([
			['st-a', ['a']],
			['st-b', ['b']]
		]);
		expect(builder.story('st-b')!.human).toBe(true);
		expect(builder.story('st-a')!.human).toBe(false);
	});

	it('keeps a split story apart when a later mention would join both: automatic merging leaves corrected stories alone', () => {
		const builder = built(gas('a'), gas('b'));
		builder.split('b');
		const [joined] = builder.addArticle({ id: 'later', published: '2014-05-22', outlet: 'Z' }, 'z', [gas('c')]);
		expect(['st-a', 'st-b']).toContain(joined);
		expect(builder.stories()).toHaveLength(2);
	});
});

describe('StoryBuilder.move', () => {
	it('moves a mention to another story, by id or alias, and later mentions find it there', () => {
		const builder = built(gas('a'), carriers('b'), mention('c', '2014-05-21', ['FR'], 'Quexotl regatta in Brest'));
		builder.merge('st-b', 'st-c');
		expect(builder.story('st-c')!.id).toBe('st-b');
		builder.move('a', 'st-c');
		expect(layout(builder)).toEqual([['st-b', ['b', 'c', 'a']]]);
		// st-a lost its last mention: gone, and its id opens the story its mention went to.
		expect(builder.story('st-a')!.id).toBe('st-b');
		expect(builder.story('st-b')!.aliases).toEqual(['st-c', 'st-a']);
		// A later telling of the gas deal meets the moved mention in its new story.
		const [joined] = builder.addArticle({ id: 'later', published: '2014-05-22', outlet: 'Z' }, 'z', [gas('d')]);
		expect(joined).toBe('st-b');
	});

	it('takes the mention out of its old story: words, countries and date go with it', () => {
		const builder = built(gas('a'), gas('b', '2014-05'), carriers('c'));
		expect(layout(builder)).toEqual([
			['st-a', ['a', 'b']],
			['st-c', ['c']]
		]);
		builder.move('a', 'st-c');
		const left = builder.story('st-a')!;
		expect(left.mentions.map((m) => m.value)).toEqual(['2014-05']);
		expect(left.span).toEqual({ first: 16191, last: 16221 });
		expect(left.countries).toEqual(new Map([['RU', 1], ['CN', 1]]));
		// The words of the mention left, and no other: none of the moved mention's own stays behind.
		const [kept] = left.mentions;
		expect([...left.words].sort()).toEqual([...new Set([...kept.words, ...kept.context])].sort());
		expect(left.words.has('gazprom')).toBe(true);
		expect(builder.story('st-c')!.countries).toEqual(new Map([['FR', 1], ['RU', 2], ['CN', 1]]));
	});

	it('leaves behind none of the words only the mention that left held', () => {
		const told = mention('a', '2014-05-21', ['RU', 'CN'], 'Gazprom and CNPC signed the Siberia pipeline contract in Tianjin');
		const builder = built(told, gas('b'));
		expect(layout(builder)).toEqual([['st-a', ['a', 'b']]]);
		expect(builder.story('st-a')!.words.has('tianjin')).toBe(true);
		expect(builder.split('a')).toBe('st-a-2');
		expect(builder.story('st-a')!.words.has('tianjin')).toBe(false);
		expect(builder.story('st-a')!.words.has('gazprom')).toBe(true);
		expect(builder.story('st-a-2')!.words.has('tianjin')).toBe(true);
	});

	it('refuses an event or a story it does not know', () => {
		const builder = built(gas('a'));
		expect(() => builder.move('nope', 'st-a')).toThrow('no event nope');
		expect(() => builder.move('a', 'st-nope')).toThrow('no story st-nope');
	});
});

describe('StoryBuilder.mergeInto', () => {
	it('keeps the story the reader merged into, even when it is the younger', () => {
		const builder = built(gas('a'), carriers('b'));
		expect(builder.mergeInto('st-a', 'st-b')).toBe('st-b');
		expect(layout(builder)).toEqual([['st-b', ['b', 'a']]]);
		expect(builder.story('st-a')!.id).toBe('st-b');
		expect(builder.story('st-b')!.human).toBe(true);
	});
});

describe('StoryBuilder.drainChanges', () => {
	it('tells the stories created or changed, and the merges, since the last drain', () => {
		const builder = built(gas('a'), carriers('b'));
		expect(builder.drainChanges()).toEqual({ changed: ['st-a', 'st-b'], merged: [], emptied: [] });
		expect(builder.drainChanges()).toEqual({ changed: [], merged: [], emptied: [] });
		builder.addArticle({ id: 'later', published: '2014-05-22', outlet: 'Z' }, 'z', [gas('c')]);
		expect(builder.drainChanges()).toEqual({ changed: ['st-a'], merged: [], emptied: [] });
		builder.split('c');
		expect(builder.drainChanges()).toEqual({ changed: ['st-a', 'st-c'], merged: [], emptied: [] });
		builder.mergeInto('st-c', 'st-b');
		builder.move('a', 'st-b');
		expect(builder.drainChanges()).toEqual({ changed: ['st-b'], merged: [['st-c', 'st-b'], ['st-a', 'st-b']], emptied: [] });
	});
});

describe('StoryBuilder.storyOf', () => {
	it('finds the story of any event added, also of articles long past', () => {
		const builder = new StoryBuilder();
		for (let i = 0; i < 10_050; i++) builder.addArticle({ id: `x${i}`, published: '2014-05-21', outlet: 'X' }, 'x', [mention(`m${i}`, '2014-05-21', [], `Zorblat${i}`)]);
		expect(builder.storyOf('m0')!.id).toBe('st-m0');
		expect(builder.storyOf('m10049')!.id).toBe('st-m10049');
		expect(builder.storyOf('never')).toBeUndefined();
	});
});
