/**
 * Story-merge throughput: synthetic articles go through the story builder in
 * publication order, and the mentions merged per second are printed at each
 * size, with the candidates the index offered per mention, how well the
 * stories match the happenings (B-cubed) and the heap the builder holds
 * (measured after a full collection, the mentions themselves included).
 * Throughput is given by the wall clock and by this thread's CPU time, which
 * other processes on a shared machine do not inflate. Then, per mention, the
 * candidates each source of the index offered and what the join made of them
 * (stories/merge-stats.ts): where the merge's work comes from.
 * A figure to report, not a test: it never fails on a stopwatch.
 *
 * `--data bench` (the default) merges the mentions of the main bench's articles
 * (bench/synthetic.ts: twenty years of news, denser as the size grows, dated
 * by day, week, month and year; made into mentions as the ingest makes them);
 * `--data simple` the older, sparser day-and-month tellings of
 * bench/synthetic-mentions.ts.
 *
 * `--why` also scores each automatic change against the truth as it is made
 * (a join, a merge of two stories a mention joins, a grown story taking in a
 * coarser one): how many tie two happenings, by the index's source. It slows
 * the merge a little, so its throughput is not the figure to report.
 *
 *   npm run bench:stories [-- --sizes 10000,100000,1000000] [--data bench|simple] [--why]
 */
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { StoryBuilder } from '../lib/stories/builder';
import { bcubed } from './bench/bcubed';
import { syntheticStoryArticles } from './bench/synthetic-mentions';
import { syntheticArticles } from './bench/synthetic';
import { readFileSync } from 'node:fs';
import { datedEvents } from '../lib/domain/events';
import { articleId } from '../lib/domain/ids';
import { mentionsOfEvents } from '../lib/stories/mentions';
import { outletOf } from '../lib/stories/outlet';
import type { Mention, Story, StoryArticle } from '../lib/stories/types';
import { OUTCOMES, SOURCES } from '../lib/stories/merge-stats';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000,1000000' }, data: { type: 'string', default: 'bench' }, why: { type: 'boolean', default: false } } });
const sizes = values.sizes!.split(',').map(Number).filter((n) => n > 0);
if (values.data !== 'bench' && values.data !== 'simple') throw new Error(`--data bench or simple, not ${values.data}`);

/** An article as the builder takes it, with the happening each of its mentions tells. */
interface BenchArticle {
	article: Omit<StoryArticle, 'copyOf'>;
	text: string;
	mentions: Mention[];
	truth: number[];
}

/** The articles of the chosen data set, made into mentions as the ingest makes them. */
function* articles(size: number): Generator<BenchArticle> {
	if (values.data === 'simple') {
		for (const a of syntheticStoryArticles(size)) yield { article: { id: a.id, published: a.published, outlet: a.outlet }, text: a.text, mentions: a.mentions, truth: a.truth };
		return;
	}
	for (const { draft, extraction, truth } of syntheticArticles(size)) {
		const id = articleId(draft.url, draft.text);
		const events = datedEvents({ id, text: draft.text }, extraction);
		// Every synthetic event is dated and placed, so the events are the extraction's, in order, as `truth` is.
		if (events.length !== truth.length) throw new Error(`article ${id}: ${events.length} events of ${truth.length}`);
		const mentions = mentionsOfEvents({ id, text: draft.text, title: draft.title }, extraction, events);
		yield { article: { id, published: draft.published.slice(0, 10), outlet: outletOf({ id, ...draft }) }, text: draft.text, mentions, truth };
	}
}
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
	// The happening a story tells, by the truth of its first mention.
	const told = (story: Story) => truthOf.get(story.mentions[0].eventId);
	const changes = new Map<string, { all: number; wrong: number }>();
	if (values.why)
		builder.stats.trace = (change, source, story, other) => {
			const key = `${change} ← ${SOURCES[source] ?? 'offered'}`;
			const tally = changes.get(key) ?? { all: 0, wrong: 0 };
			changes.set(key, tally);
			tally.all++;
			if (told(story) !== ('eventId' in other ? truthOf.get(other.eventId) : told(other))) tally.wrong++;
		};
	const batch: BenchArticle[] = [];
	const add = () => {
		const [t, c] = [performance.now(), threadCpuMs()];
		for (const a of batch) builder.addArticle(a.article, a.text, a.mentions);
		ms += performance.now() - t;
		cpu += threadCpuMs() - c;
		batch.length = 0;
	};
	for (const a of articles(size)) {
		a.mentions.forEach((m, i) => truthOf.set(m.eventId, a.truth[i]));
		mentions += a.mentions.length;
		if (batch.push(a) === 1000) add();
	}
	add();
	const stories = builder.stories();
	if (values.why)
		console.table(Object.fromEntries([...changes].sort().map(([k, { all, wrong }]) => [k, { 'per mention': round(all / mentions), 'ties two happenings': round(wrong / all) }])));
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
			`B-cubed P ${precision.toFixed(3)} R ${recall.toFixed(3)}; heap ${Math.round(heap / 2 ** 20).toLocaleString('en')} MB; ` +
			`${((cpu * 1000) / mentions).toFixed(1)} µs CPU per mention`
	);
	console.table(
		Object.fromEntries(builder.stats.table().map(({ source, offered, perOutcome }) => [source, { offered: round(offered), ...Object.fromEntries(OUTCOMES.map((o) => [o, round(perOutcome[o])])) }]))
	);
}

/** A count per mention, to three places. */
function round(x: number): number {
	return Math.round(x * 1000) / 1000;
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
