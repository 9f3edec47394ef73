/**
 * Article text → dates, places and events, one JSON line per article on stdout
 * (the shape ../shared/eval/README.md specifies).
 *
 *   npm run --silent extract < articles.jsonl > out.jsonl     JSON Lines {id, published, title?, url?, text}
 *   npm run extract -- a.md b.html c.txt --published 2014-08-18
 *
 * A malformed line or file is reported on stderr (file:line: why) and skipped;
 * the exit code is 1 when anything was skipped.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticleContent } from '../lib/articles/read';
import { articleId } from '../lib/domain/ids';
import { extract, type ArticleInput } from '../lib/extract';
import { loadWorldGazetteer } from '../lib/extract/world-gazetteer.server';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	// --no-world: only the built-in gazetteer, as the browser preview runs (to compare figures).
	options: { published: { type: 'string' }, 'no-world': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }
});
if (values.help) {
	console.error('usage: extract [--published YYYY-MM-DD] [--no-world] [FILE…]   (no FILE: JSON Lines on stdin)');
	process.exit(0);
}
if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
	console.error(`--published must be YYYY-MM-DD, got ${JSON.stringify(values.published)}`);
	process.exit(2);
}

const world = values['no-world'] ? undefined : loadWorldGazetteer();
let skipped = 0;
const out: string[] = [];
const complain = (message: string) => {
	skipped++;
	console.error(message);
};
const emit = (a: ArticleInput) => {
	const { dates, places, events, capped } = extract(a, { world });
	out.push(JSON.stringify({ id: a.id, dates, places, events, ...(capped ? { capped } : {}) }));
	// Flush in batches: one write per article is slow on a pipe.
	if (out.length >= 256) process.stdout.write(out.splice(0).join('\n') + '\n');
};

/**
 * The extractor's own JSON Lines: `published` may be null or `YYYY-MM` (the
 * evaluation sets have both), `id` is kept as given or derived from url/text.
 */
function readJsonLines(content: string, file: string): void {
	content.split('\n').forEach((line, i) => {
		if (!line.trim()) return;
		let row: unknown;
		try {
			row = JSON.parse(line);
		} catch (e) {
			return complain(`${file}:${i + 1}: invalid JSON (${(e as Error).message})`);
		}
		if (!row || typeof row !== 'object' || Array.isArray(row)) return complain(`${file}:${i + 1}: expected a JSON object`);
		const r = row as Record<string, unknown>;
		if (typeof r.text !== 'string') return complain(`${file}:${i + 1}: "text" must be a string`);
		if (r.published != null && (typeof r.published !== 'string' || !/^\d{4}-\d{2}(-\d{2})?/.test(r.published))) {
			return complain(`${file}:${i + 1}: "published" must be YYYY-MM-DD, YYYY-MM or null`);
		}
		const url = typeof r.url === 'string' ? r.url : undefined;
		const id = typeof r.id === 'string' && r.id ? r.id : articleId(url, r.text);
		const published = typeof r.published === 'string' ? r.published.slice(0, 10) : (values.published ?? null);
		const source = typeof r.source === 'string' ? r.source : null;
		emit({ id, published, title: typeof r.title === 'string' ? r.title : null, text: r.text, url: url ?? null, source });
	});
}

if (positionals.length === 0) {
	readJsonLines(readFileSync(0, 'utf8'), '<stdin>');
} else {
	for (const file of positionals) {
		let content: string;
		try {
			content = readFileSync(file, 'utf8');
		} catch (e) {
			complain(`${file}:0: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
			continue;
		}
		const ext = extname(file).toLowerCase();
		if (ext === '.jsonl' || ext === '.ndjson') {
			readJsonLines(content, file);
			continue;
		}
		try {
			// Markdown, HTML and plain text go through the app's own readers.
			const read = readArticleContent(content, ext === '.md' || ext === '.markdown' || ext === '.html' || ext === '.htm' ? file : file.replace(/\.[^./]*$|$/, '.txt'), {
				published: values.published
			});
			for (const p of read.problems) complain(p);
			for (const d of read.drafts) emit({ id: articleId(d.url, d.text), published: d.published, title: d.title, text: d.text, url: d.url, source: d.source });
		} catch (e) {
			complain((e as Error).message.startsWith(file) ? (e as Error).message : `${file}:1: ${(e as Error).message}`);
		}
	}
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
process.exitCode = skipped ? 1 : 0;
