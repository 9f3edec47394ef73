/**
 * Extraction time grows linearly with the text: for each adversarial family
 * (extract/adversarial.ts), four times the text takes less than eight times as
 * long. Linear work takes about four times as long, quadratic sixteen. Both
 * sizes are timed in the same run, alternately, and each keeps its fastest of
 * a few runs, so that a busy machine slows both alike rather than failing the
 * test.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownArticle } from '../articles/markdown';
import { adversarialTexts } from './adversarial';
import { extract, type PlaceLookup } from './index';
import { loadWorldGazetteer } from './world-gazetteer.server';

const SMALL = 25_000;
const LARGE = 4 * SMALL;
/** Each size runs at least REPEATS times, and more (up to MOST_REPEATS) while the family has had less than BUDGET_MS. */
const REPEATS = 3;
const MOST_REPEATS = 40;
const BUDGET_MS = 300;
const SEED = 'data/articles/moscow-times-2014-08-18.md';

const seed = parseMarkdownArticle(readFileSync(SEED, 'utf8'), SEED);
const small = adversarialTexts(seed.text, SMALL);
const large = adversarialTexts(seed.text, LARGE);

describe('extraction time is linear in the text', () => {
	let world: PlaceLookup;
	beforeAll(() => {
		world = loadWorldGazetteer();
	});

	/**
	 * Milliseconds of this process's CPU time that extracting the texts takes:
	 * time other processes take the CPU does not count.
	 */
	const cpu = (...texts: string[]) => {
		const before = process.cpuUsage();
		for (const text of texts) extract({ id: 't', published: seed.published, text }, { world });
		const used = process.cpuUsage(before);
		return (used.user + used.system) / 1000;
	};

	it.each([...small.keys()])(
		'%s: four times the text, less than eight times as long',
		(family) => {
			const [a, b] = [small.get(family)!, large.get(family)!];
			expect(b.length / a.length).toBeCloseTo(4, 1);
			cpu(a); // the JIT's first look
			let fastestSmall = Infinity;
			let fastestLarge = Infinity;
			const started = performance.now();
			// The small text runs four times in a row against the large one once, so that both leave the
			// garbage collector as much to do; the fastest of a few tries is the one least disturbed.
			for (let r = 0; r < MOST_REPEATS && (r < REPEATS || performance.now() - started < BUDGET_MS); r++) {
				fastestSmall = Math.min(fastestSmall, cpu(a, a, a, a) / 4);
				fastestLarge = Math.min(fastestLarge, cpu(b));
			}
			expect(fastestLarge / fastestSmall).toBeLessThan(8);
		},
		30_000
	);
});
