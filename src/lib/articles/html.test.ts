import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from './html';

const PAGE = `<!doctype html><html><head><title>Site | Russia and China</title>
<meta property="article:published_time" content="2014-08-18T10:00:00Z"><script>var country = "France";</script><style>p{}</style></head>
<body><nav>Home | World | Germany</nav><header>The Daily</header>
<article><h1>Russia and China expand trade</h1><p>The Kremlin said on Monday that it would sell software to China.</p>
<aside>Read more about Brazil</aside><p>In July Beijing opened an inquiry &amp; more.</p></article>
<footer>© Canada Media</footer></body></html>`;

describe('parseHtmlArticle', () => {
	it('keeps the article text and drops markup, scripts and navigation', () => {
		const a = parseHtmlArticle(PAGE, 'a.html');
		expect(a.title).toBe('Russia and China expand trade');
		expect(a.published).toBe('2014-08-18');
		expect(a.text).toBe(
			'Russia and China expand trade\n\nThe Kremlin said on Monday that it would sell software to China.\n\nIn July Beijing opened an inquiry & more.'
		);
		for (const word of ['France', 'Germany', 'Brazil', 'Canada', 'Home']) expect(a.text).not.toContain(word);
	});

	it('takes the date from --published when the page has none', () => {
		const a = parseHtmlArticle('<p>Moscow on Friday.</p>', 'b.html', { published: '2014-08-22' });
		expect(a.published).toBe('2014-08-22');
		expect(a.text).toBe('Moscow on Friday.');
	});

	it('throws with the file name when there is no date', () => {
		expect(() => parseHtmlArticle('<p>Moscow.</p>', 'c.html')).toThrow(/^c\.html:1: .*--published/);
	});
});
