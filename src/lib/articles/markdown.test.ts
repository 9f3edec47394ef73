import { describe, expect, it } from 'vitest';
import { ArticleError } from './draft';
import { parseMarkdownArticle } from './markdown';

describe('parseMarkdownArticle', () => {
	it('reads the front matter and keeps the body as-is, so offsets hold', () => {
		const body = '\nThe Kremlin said Monday.\n\nSecond paragraph.\n';
		const md = `---\ntitle: "Wary of the West"\npublished: 2014-08-18\nurl: https://example.com/a\nsource: The Moscow Times\n---\n${body}`;
		expect(parseMarkdownArticle(md, 'a.md')).toEqual({
			title: 'Wary of the West',
			published: '2014-08-18',
			url: 'https://example.com/a',
			source: 'The Moscow Times',
			text: body
		});
	});

	it.each([
		['no front matter', 'Just text', 1],
		['an unclosed front matter', '---\ntitle: x\npublished: 2014-08-18\nBody', 1],
		['a missing date', '---\ntitle: x\n---\nBody', 2],
		['a bad date', '---\ntitle: x\npublished: 2014-02-30\n---\nBody', 3],
		['broken YAML', '---\ntitle: [x\npublished: 2014-08-18\n---\nBody', 3]
	])('reports %s with its line', (_what, md, line) => {
		try {
			parseMarkdownArticle(md, 'bad.md');
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ArticleError);
			expect((e as ArticleError).line).toBe(line);
			expect((e as Error).message).toMatch(/^bad\.md:\d+: /);
		}
	});
});
