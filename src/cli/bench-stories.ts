/**
 * Story-merge throughput: synthetic articles (bench/synthetic-mentions.ts)
 * go through the story builder in publication order, and the mentions merged
 * per second are printed at each size, with the candidates the index offered
 * per mention, how well the stories match the happenings (B-cubed) and the
 * heap the builder holds (measured after a full collection, the mentions
 * themselves included). Throughput is given by the wall clock and by this
 * thread's CPU time, which other processes on a shared machine do not inflate.
 * A figure to report, not a test: it never fails on a stopwatch.
 *
 *   npm run bench:stories [-- --sizes 10000,100000,1000000]
 */
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { StoryBuilder } from '../lib/stories/builder';
import { bcubed } from './bench/bcubed';
import { syntheticStoryArticles, type SyntheticStoryArticle } from './bench/synthetic-mentions';
import { readFileSync } from 'node:fs';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000,1000000' } } });
const sizes = values.sizes!.split(',').map(Number).filter((n) => n > 0);
// A full collection before reading the heap, so the figure is what the builder holds, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

for (const size of sizes) {
	const builder = new StoryBuilder();
	const truthOf = new Map<string, number>();
	let ms = 0;
	let cpu = 0;
	let mentions = 0;
	// Articles are made a thousand at a time and then added, so that the clocks time the merger alone.
	const batch: SyntheticStoryArticle[] = [];
	const add = () => {
		const [t, c] = [performance.now(), threadCpuMs()];
		for (const a of batch) builder.addArticle({ id: a.id, published: a.published, outlet: a.outlet }, a.text, a.mentions);
		ms += performance.now() - t;
		cpu += threadCpuMs() - c;
		batch.length = 0;
	};
	for (const a of syntheticStoryArticles(size)) {
		a.mentions.forEach((m, i) => truthOf.set(m.eventId, a.truth[i]));
		mentions += a.mentions.length;
		if (batch.push(a) === 1000) add();
	}
	add();
	const stories = builder.stories();
	const { precision, recall } = bcubed(stories.map((s) => s.mentions.map((m) => truthOf.get(m.eventId)!)));
	truthOf.clear();
	gc();
	const heap = process.memoryUsage().heapUsed;
	console.log(
		`${mentions.toLocaleString('en')} mentions → ${stories.length.toLocaleString('en')} stories in ${(ms / 1000).toFixed(2)} s: ` +
			`${Math.round(mentions / (ms / 1000)).toLocaleString('en')} mentions/s` +
			(Number.isNaN(cpu) ? '; ' : ` (${Math.round(mentions / (cpu / 1000)).toLocaleString('en')} per second of the main thread's CPU); `) +
			`${(builder.index.examined / mentions).toFixed(1)} candidates per mention; ` +
			`copies found ${[...builder.articles.values()].filter((a) => a.copyOf).length.toLocaleString('en')}; ` +
			`B-cubed P ${precision.toFixed(3)} R ${recall.toFixed(3)}; heap ${Math.round(heap / 2 ** 20).toLocaleString('en')} MB`
	);
}

/**
 * CPU time of this thread so far (Linux; NaN elsewhere), in ms: on a shared
 * machine the wall clock also counts the time other processes held the cores,
 * and this figure does not. Garbage collection on this thread counts; its
 * helper threads' does not.
 */
function threadCpuMs(): number {
	try {
		const stat = readFileSync('/proc/thread-self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// utime and stime, the 14th and 15th fields, in clock ticks (100 a second on Linux).
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return NaN;
	}
}
