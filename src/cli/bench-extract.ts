/**
 * Extraction speed over the dev corpora (../shared/eval/*.jsonl: only id,
 * published and text are read), on one core: articles per second and the
 * p50/p95 milliseconds per article; then the milliseconds per 100 KB of each
 * adversarial text (extract/adversarial.ts) next to a normal article's. A
 * figure to report, not a test: it never fails on a stopwatch (the linearity
 * test, extract/linear.test.ts, does the failing).
 *
 *   npm run bench:extract [-- --rounds 3 --dir ../shared/eval]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract, type ArticleInput } from '../lib/extract';
import { loadWorldGazetteer } from '../lib/extract/world-gazetteer.server';
import { adversarialCosts } from './bench/extraction';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, dir: { type: 'string', default: '../shared/eval' } } });
const dir = values.dir!;
const articles: ArticleInput[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
	for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const r = JSON.parse(line) as { id: string; published: string | null; text: string };
		articles.push({ id: r.id, published: r.published, text: r.text });
	}
}
if (!articles.length) {
	console.error(`no articles in ${dir}/*.jsonl`);
	process.exit(1);
}

const t0 = performance.now();
const world = loadWorldGazetteer();
const loadMs = performance.now() - t0;

// One warm-up pass so the JIT has seen every rule before timing.
for (const a of articles) extract(a, { world });

const rounds = Math.max(1, Number(values.rounds) || 3);
const times: number[] = [];
let chars = 0;
const start = performance.now();
for (let r = 0; r < rounds; r++) {
	for (const a of articles) {
		const s = performance.now();
		extract(a, { world });
		times.push(performance.now() - s);
		chars += a.text.length;
	}
}
const total = (performance.now() - start) / 1000;
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(`articles: ${articles.length} × ${rounds} rounds, mean ${Math.round(chars / times.length)} chars`);
console.log(`world gazetteer load: ${loadMs.toFixed(0)} ms (once per process)`);
console.log(`throughput: ${(times.length / total).toFixed(0)} articles/s`);
console.log(`per article: p50 ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`);

const costs = adversarialCosts(world);
const normal = costs.find((c) => c.family === 'normal article')!.msPer100KB;
const worst = costs.find((c) => c.family !== 'normal article')!;
const line = (c: { family: string; msPer100KB: number }) => `  ${c.msPer100KB.toFixed(1).padStart(7)} ms  ${(c.msPer100KB / normal).toFixed(1).padStart(5)}×  ${c.family}`;
console.log(`adversarial texts, 100 KB each, ms per 100 KB and × a normal article's (the seed repeated: ${normal.toFixed(1)} ms):`);
console.log(`worst: ${worst.family}, ${worst.msPer100KB.toFixed(1)} ms per 100 KB (${(worst.msPer100KB / normal).toFixed(1)}× normal)`);
for (const c of costs) console.log(line(c));
