/**
 * Reads articles from files and folders into the database.
 *
 *   npm run ingest -- [--reextract] [--if-empty] [--batch N] PATH…
 *
 * Markdown with front matter, JSON Lines, HTML and plain text (with --published).
 * Each batch is one transaction. Into an empty database, the indexes only
 * readers need are built once at the end (a killed run leaves them to the next
 * opening). A file that cannot be read is named with the reason and skipped;
 * the rest go on. Exit code 1 when anything failed.
 */
import { parseArgs } from 'node:util';
import { readArticleFiles } from '../lib/articles/files';
import type { ArticleDraft } from '../lib/domain/types';
import { databaseName, openDb } from '../lib/server/store/open';
import { articleCount } from '../lib/server/queries';
import { storedDrafts } from '../lib/server/stored-articles';
import { buildStaleStories } from '../lib/server/stories/sync';
import { type BatchResult, beginBulkLoad, commitInTurn, prepareArticles } from '../lib/server/write';
import { formatSeconds, Progress } from './progress';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		reextract: { type: 'boolean', default: false },
		'if-empty': { type: 'boolean', default: false },
		batch: { type: 'string', default: '200' },
		published: { type: 'string' }
	}
});

const db = await openDb();
// A database from before stories, or a load killed before it built them, gets them now.
await buildStaleStories(db);
const stored = await articleCount(db);
if (values['if-empty'] && stored > 0) {
	console.error(`${databaseName()} already holds ${stored} articles; nothing to ingest.`);
	process.exit(0);
}
if (!values.reextract && positionals.length === 0) {
	console.error('usage: npm run ingest -- [--reextract] [--if-empty] [--batch N] [--published YYYY-MM-DD] PATH…');
	process.exit(2);
}

const { drafts, problems } = await readArticleFiles(positionals, { published: values.published });
for (const problem of problems) console.error(`skipped ${problem}`);
const work: ArticleDraft[] = values.reextract ? [...(await storedDrafts(db)), ...drafts] : drafts;

const batchSize = Math.max(1, Number(values.batch) || 200);
const progress = new Progress(work.length, 'articles');
const total: BatchResult = { outcomes: { new: 0, updated: 0, unchanged: 0 }, events: 0 };
const batches = Array.from({ length: Math.ceil(work.length / batchSize) }, (_, b) => work.slice(b * batchSize, (b + 1) * batchSize));
const options = { reextract: values.reextract };
let done = 0;
const bulk = await beginBulkLoad(db, { rewrites: values.reextract });
try {
	// Each batch is extracted while the one before is written.
	await commitInTurn(db, batches, (batch) => prepareArticles(db, batch, options), (stored) => {
		for (const { outcome, events } of stored) {
			total.outcomes[outcome]++;
			total.events += events.length;
		}
		progress.update((done += stored.length));
	}, options);
} finally {
	await bulk.finish();
}
progress.finish();
await db.close();

const { outcomes } = total;
console.error(
	`Ingested into ${databaseName()}: ${outcomes.new} new, ${outcomes.updated} updated, ${outcomes.unchanged} unchanged, ` +
		`${problems.length} failed articles; ${total.events} events stored in ${formatSeconds(progress.elapsedSeconds)}.`
);
// Seeding (--if-empty) reports bad files but still lets the app start with the good ones.
process.exit(problems.length && !values['if-empty'] ? 1 : 0);
