import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkdownArticle } from '../articles/markdown';
import { articleId } from '../domain/ids';
import { parseStoryGold, storySetLines, StorySetError } from './story-set';

const brief = (text: string, url?: string) => ({ title: 'Gas deal', published: '2014-05-22', text, ...(url ? { url } : {}) });
const gold = (cue: string) => parseStoryGold(`a.md:\n  - { cue: "${cue}", story: gas-deal, date: "2014-05-21", countries: [RU, CN] }\n`);

describe('storySetLines', () => {
	it('gives each article the id Dateline gives it and each event its granularity', () => {
		const text = 'Russia and China signed a gas deal on Wednesday.';
		const [line] = storySetLines([{ file: 'a.md', draft: brief(text, 'https://example.org/gas') }], gold('on Wednesday'));
		const row = JSON.parse(line);
		expect(row.id).toBe(articleId('https://example.org/gas', text));
		expect(row.gold.events).toEqual([{ date: { value: '2014-05-21', granularity: 'day' }, countries: ['RU', 'CN'], cue: 'on Wednesday', story: 'gas-deal' }]);
	});

	it('names the file whose cue is not in its text', () => {
		const build = () => storySetLines([{ file: 'a.md', draft: brief('Russia and China signed a gas deal in May.') }], gold('on Wednesday'));
		expect(build).toThrow(StorySetError);
		expect(build).toThrow('a.md: cue not in the text: "on Wednesday"');
	});

	it('refuses a cue that occurs twice, since the scorer would take the first', () => {
		const text = 'The deal signed on Wednesday was the talk of Moscow on Wednesday night.';
		expect(() => storySetLines([{ file: 'a.md', draft: brief(text) }], gold('on Wednesday'))).toThrow('a.md: cue occurs more than once');
	});

	it('refuses gold for a file that is not there and an article without gold', () => {
		const build = () => storySetLines([{ file: 'b.md', draft: brief('Signed on Wednesday.') }], gold('on Wednesday'));
		expect(build).toThrow('a.md: in gold.yaml but no such article');
		expect(build).toThrow('b.md: no gold events');
	});

	it('refuses a date that names no calendar days', () => {
		expect(() => parseStoryGold('a.md:\n  - { cue: "x", story: s, date: "PRESENT_REF", countries: [RU] }\n')).toThrow('a.md.0.date');
	});
});

describe('data/stories-dev', () => {
	const dir = join('data', 'stories-dev');
	// Its briefs are bundled articles: data/articles holds them among others.
	const gold = parseStoryGold(readFileSync(join(dir, 'gold.yaml'), 'utf8'));
	const files = readdirSync(join('data', 'articles')).filter((f) => f.endsWith('.md') && Object.hasOwn(gold, f)).sort();
	const articles = files.map((file) => ({ file, draft: parseMarkdownArticle(readFileSync(join('data', 'articles', file), 'utf8'), file) }));
	const lines = storySetLines(articles, gold);

	it('is committed as built from its briefs and gold (run npm run story-set)', () => {
		expect(readFileSync(join(dir, 'stories-dev.jsonl'), 'utf8')).toBe(lines.join('\n') + '\n');
	});

	it('tells at least 15 happenings by three or more articles each', () => {
		const articlesByStory = new Map<string, Set<string>>();
		for (const row of lines.map((l) => JSON.parse(l))) {
			for (const e of row.gold.events) articlesByStory.set(e.story, (articlesByStory.get(e.story) ?? new Set()).add(row.id));
		}
		expect([...articlesByStory.values()].filter((ids) => ids.size >= 3).length).toBeGreaterThanOrEqual(15);
	});

	it('names only briefs that are bundled', () => {
		expect(files).toHaveLength(Object.keys(gold).length);
	});
});

describe('npm run story-set', () => {
	const run = promisify(execFile);
	const tmp = mkdtempSync(join(tmpdir(), 'dateline-story-set-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	const cli = (dir: string) =>
		run(process.execPath, ['--import', 'tsx', join('src', 'cli', 'story-set.ts'), '--dir', dir]).then(
			(r) => ({ code: 0, stderr: r.stderr }),
			(e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr })
		);
	const setFolder = (name: string, cue: string) => {
		const dir = join(tmp, name);
		mkdirSync(join(dir, 'articles'), { recursive: true });
		writeFileSync(join(dir, 'articles', 'a.md'), '---\ntitle: "Gas deal"\npublished: 2014-05-22\n---\n\nRussia and China signed a gas deal on Wednesday.\n');
		writeFileSync(join(dir, 'gold.yaml'), `a.md:\n  - { cue: "${cue}", story: gas-deal, date: "2014-05-21", countries: [RU, CN] }\n`);
		return dir;
	};

	it('writes one line per brief', async () => {
		const dir = setFolder('good', 'on Wednesday');
		expect((await cli(dir)).code).toBe(0);
		expect(JSON.parse(readFileSync(join(dir, 'stories-dev.jsonl'), 'utf8')).gold.events[0].cue).toBe('on Wednesday');
	});

	it('fails naming the brief whose cue is missing', async () => {
		const { code, stderr } = await cli(setFolder('bad', 'on Thursday'));
		expect(code).toBe(1);
		expect(stderr).toContain('a.md: cue not in the text: "on Thursday"');
	});
});
