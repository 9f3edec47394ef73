/**
 * Articles → stories: reads articles as JSON Lines on stdin
 * (`{"id", "published", "title", "text"}`, optionally `source` or `url` for the
 * outlet), extracts each with the real extractor, builds stories in
 * publication order and prints one JSON line per story, in the shape
 * ../shared/eval/README.md ("Stories") specifies, plus the story's face.
 *
 *   npm run --silent stories < articles.jsonl > stories.jsonl
 */
import { readFileSync } from 'node:fs';
import { extract } from '../lib/extract';
import { loadWorldGazetteer } from '../lib/extract/world-gazetteer.server';
import { StoryBuilder } from '../lib/stories/builder';
import { storyFace } from '../lib/stories/face';
import { mentionsOf } from '../lib/stories/mentions';
import { outletOf } from '../lib/stories/outlet';

interface Row {
	id: string;
	published: string | null;
	title: string | null;
	text: string;
	source?: string;
	url?: string;
}

const rows: Row[] = [];
readFileSync(0, 'utf8')
	.split('\n')
	.forEach((line, i) => {
		if (!line.trim()) return;
		const problem = (what: string): never => {
			console.error(`<stdin>:${i + 1}: ${what}`);
			process.exit(2);
		};
		let r: Record<string, unknown>;
		try {
			r = JSON.parse(line);
		} catch (error) {
			return problem(`not JSON: ${(error as Error).message}`);
		}
		if (!r || typeof r !== 'object' || Array.isArray(r)) problem('not a JSON object');
		if (typeof r.id !== 'string' || typeof r.text !== 'string') problem('needs a string "id" and "text"');
		for (const key of ['published', 'title', 'source', 'url']) {
			if (r[key] != null && typeof r[key] !== 'string') problem(`"${key}" must be a string or null`);
		}
		// Publication order compares these: a string, or null (never undefined) when the article has none.
		rows.push({ ...(r as unknown as Row), published: (r.published as string | undefined) ?? null, title: (r.title as string | undefined) ?? null });
	});
// Publication order, as the articles would have arrived; unknown dates last, ties in reading order.
const order = rows.map((r, i) => ({ r, i })).sort((a, b) => cmp(a.r.published, b.r.published) || a.i - b.i);

const world = loadWorldGazetteer();
const builder = new StoryBuilder();
for (const { r } of order) {
	const published = r.published?.slice(0, 10) ?? null;
	const extraction = extract({ id: r.id, published, title: r.title, text: r.text }, { world });
	builder.addArticle({ id: r.id, published, outlet: outletOf(r) }, r.text, mentionsOf(r, extraction));
}

const out: string[] = [];
for (const story of builder.stories()) {
	const face = storyFace(story, builder.articles);
	out.push(
		JSON.stringify({
			id: face.id,
			date: { value: face.date.value, ...(face.date.spread ? { spread: face.date.spread } : {}) },
			countries: face.countries,
			summary: face.summary,
			articles: face.articles,
			outlets: face.outlets,
			first: face.first,
			...(face.aliases.length ? { aliases: face.aliases } : {}),
			...(face.copies.length ? { copies: face.copies } : {}),
			mentions: story.mentions.map((m) => ({ article: m.articleId, start: m.start, end: m.end }))
		})
	);
}
process.stdout.write(out.length ? out.join('\n') + '\n' : '');

function cmp(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}
