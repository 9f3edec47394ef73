/**
 * Writes src/lib/stories/background.json: in how many sentences of a general
 * news corpus each common word occurs. The story merger starts its rarity
 * weights (stories/idf.ts) from these counts, so the first articles it sees
 * already know that "said" and "the" tell nothing and a name tells much; the
 * counts of the articles it reads are added on top.
 *
 *   npx tsx src/cli/stories-background.ts [../shared/eval/temporal-dev.jsonl …]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { splitSentences } from '../lib/extract/sentences';
import { contentWords } from '../lib/stories/words';

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['../shared/eval/temporal-dev.jsonl', '../shared/eval/geo-dev.jsonl'];
/** Only words in this many sentences are kept: rarer words are rare anyway, and the file stays small. */
const MIN_SENTENCES = 8;

const counts = new Map<string, number>();
let documents = 0;
for (const file of files) {
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const { text } = JSON.parse(line) as { text: string };
		for (const s of splitSentences(text)) {
			documents++;
			for (const w of contentWords(text.slice(s.start, s.end))) counts.set(w, (counts.get(w) ?? 0) + 1);
		}
	}
}
const kept = Object.fromEntries([...counts].filter(([, n]) => n >= MIN_SENTENCES).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
writeFileSync('src/lib/stories/background.json', JSON.stringify({ source: files.map((f) => f.replace(/^.*\//, '')), documents, counts: kept }) + '\n');
console.error(`${documents} sentences, ${Object.keys(kept).length} words kept`);
