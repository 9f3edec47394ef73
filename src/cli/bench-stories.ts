/**
 * Story-merge throughput: synthetic articles (bench/synthetic-mentions.ts)
 * go through the story builder in publication order, and the mentions merged
 * per second are printed at each size, with the candidates the index offered
 * per mention, how well the stories match the happenings (B-cubed) and the
 * heap the builder holds (measured after a full collection, the mentions
 * themselves included). A figure to report, not a test: it never fails on a stopwatch.
 *
 *   npm run bench:stories [-- --sizes 10000,100000,1000000]
 */
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { StoryBuilder } from '../lib/stories/builder';
import { bcubed } from './bench/bcubed';
import { syntheticStoryArticles } from './bench/synthetic-mentions';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000,1000000' } } });
const sizes = values.sizes!.split(',').map(Number).filter((n) => n > 0);
// A full collection before reading the heap, so the figure is what the builder holds, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

for (const size of sizes) {
	const builder = new StoryBuilder();
	const truthOf = new Map<string, number>();
	let ms = 0;
	let mentions = 0;
	for (const a of syntheticStoryArticles(size)) {
		a.mentions.forEach((m, i) => truthOf.set(m.eventId, a.truth[i]));
		const t = performance.now();
		builder.addArticle({ id: a.id, published: a.published, outlet: a.outlet }, a.text, a.mentions);
		ms += performance.now() - t;
		mentions += a.mentions.length;
	}
	const stories = builder.stories();
	const { precision, recall } = bcubed(stories.map((s) => s.mentions.map((m) => truthOf.get(m.eventId)!)));
	truthOf.clear();
	gc();
	const heap = process.memoryUsage().heapUsed;
	console.log(
		`${mentions.toLocaleString('en')} mentions → ${stories.length.toLocaleString('en')} stories in ${(ms / 1000).toFixed(2)} s: ` +
			`${Math.round(mentions / (ms / 1000)).toLocaleString('en')} mentions/s; ` +
			`${(builder.index.examined / mentions).toFixed(1)} candidates per mention; ` +
			`copies found ${[...builder.articles.values()].filter((a) => a.copyOf).length.toLocaleString('en')}; ` +
			`B-cubed P ${precision.toFixed(3)} R ${recall.toFixed(3)}; heap ${Math.round(heap / 2 ** 20).toLocaleString('en')} MB`
	);
}
