import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdownArticle } from '../../lib/articles/markdown';
import { extract, type PlaceLookup } from '../../lib/extract';
import { adversarialTexts } from '../../lib/extract/adversarial';
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

/** The bundled article the adversarial texts' baseline repeats: the seed, the one original news article. */
export const SEED_ARTICLE = 'data/articles/moscow-times-2014-08-18.md';

/**
 * Milliseconds per 100 KB of each adversarial family (extract/adversarial.ts)
 * at `size` characters, the fastest of `repeats` runs, slowest first; the
 * "normal article" family is the seed repeated, the yardstick for the others.
 */
export function adversarialCosts(world: PlaceLookup | undefined, size = 100_000, repeats = 3): { family: string; msPer100KB: number }[] {
	const seed = parseMarkdownArticle(readFileSync(SEED_ARTICLE, 'utf8'), SEED_ARTICLE);
	const rows: { family: string; msPer100KB: number }[] = [];
	for (const [family, text] of adversarialTexts(seed.text, size)) {
		let best = Infinity;
		for (let r = 0; r < repeats; r++) {
			const started = performance.now();
			extract({ id: family, published: seed.published, text }, { world });
			best = Math.min(best, performance.now() - started);
		}
		rows.push({ family, msPer100KB: (best * 100_000) / text.length });
	}
	return rows.sort((a, b) => b.msPer100KB - a.msPer100KB);
}
