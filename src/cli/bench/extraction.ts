import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdownArticle } from '../../lib/articles/markdown';
import { extract } from '../../lib/extract';
import { loadWorldGazetteer } from '../../lib/extract/world-gazetteer.server';

/** Articles per second through the whole extractor (with the world gazetteer), over the bundled articles, for about a second. */
export function extractionThroughput(dir = 'data/articles'): number {
	const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
	const articles = files.map((f) => parseMarkdownArticle(readFileSync(join(dir, f), 'utf8'), f));
	const world = loadWorldGazetteer();
	const run = () => articles.forEach((a) => extract({ id: a.title, published: a.published, text: a.text }, { world }));
	run(); // warm up
	let done = 0;
	const started = performance.now();
	while (performance.now() - started < 1000) {
		run();
		done += articles.length;
	}
	return Math.round(done / ((performance.now() - started) / 1000));
}
