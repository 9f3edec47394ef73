import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFiles } from '../lib/articles/files';
import { datedEvents } from '../lib/domain/events';
import { articleId } from '../lib/domain/ids';
import { extract } from '../lib/extract';
import { loadWorldGazetteer } from '../lib/extract/world-gazetteer.server';
import { NO_FILTER } from '../lib/domain/filter';
import { articleById, articleCount, eventPage } from '../lib/server/queries';
import type { Db } from '../lib/server/store/db';
import { engines } from '../lib/server/store/test-databases';

const run = promisify(execFile);
// One node process running the CLI (the `tsx` command would put a second process between us and it).
const CLI = ['--import', 'tsx', join('src', 'cli', 'ingest.ts')];

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const brief = (i: number) => ({
	title: `Brief ${i}`,
	published: '2014-08-18',
	url: `https://example.org/brief/${i}`,
	text: `Russia and China signed agreement number ${i} in Beijing on Monday. In July, the United States had imposed sanctions on Moscow over Ukraine.`
});

describe.each(engines)('npm run ingest on $name', (engine) => {
	/** A fresh database, closed: the CLI opens its own; `reader` is another connection to it, as the server would have. */
	async function database(): Promise<{ env: NodeJS.ProcessEnv; reader: Db }> {
		const db = await engine.fresh();
		const env = { ...process.env, ...engine.env(db) };
		const reader = await engine.another(db);
		await db.close();
		return { env, reader };
	}

	function ingest(env: NodeJS.ProcessEnv, ...args: string[]) {
		return run(process.execPath, [...CLI, ...args], { env }).then(
			(r) => ({ code: 0, stderr: r.stderr }),
			(e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr })
		);
	}

	it('reports a broken file with its name and line, ingests the rest, and exits non-zero', async () => {
		const good = join(dir, 'good.md');
		writeFileSync(good, '---\ntitle: "Good"\npublished: 2014-08-18\nurl: https://example.org/good\n---\n\nRussia and China met in Beijing on Monday.\n');
		const bad = join(dir, 'bad.md');
		writeFileSync(bad, '---\ntitle: "Bad"\npublished: 2014-02-30\n---\n\nText.\n');
		const lines = join(dir, 'feed.jsonl');
		writeFileSync(lines, `${JSON.stringify(brief(1))}\n{not json\n${JSON.stringify(brief(2))}\n`);
		const { env, reader } = await database();
		await reader.close();
		const { code, stderr } = await ingest(env, good, bad, lines);
		expect(code).toBe(1);
		expect(stderr).toContain(`${bad}:3: published: must be a real calendar day`);
		expect(stderr).toContain(`${lines}:2: invalid JSON`);
		expect(stderr).toMatch(/3 new, 0 updated, 0 unchanged, 2 failed articles/);
		const again = await ingest(env, good, lines);
		expect(again.stderr).toMatch(/0 new, 0 updated, 3 unchanged, 1 failed articles/);
	}, 60_000);

	it('stores an article known only to its month, keeping the month; its relative dates go as far as a month allows', async () => {
		const feed = join(dir, 'month.jsonl');
		const text = 'Russia and China signed a gas deal in Beijing last year. Officials in Moscow met on Monday.';
		writeFileSync(feed, JSON.stringify({ title: 'A month only', published: '2016-03', url: 'https://example.org/month-only', text }) + '\n');
		const { env, reader } = await database();
		const { code, stderr } = await ingest(env, feed);
		expect(code).toBe(0);
		expect(stderr).toMatch(/1 new, 0 updated, 0 unchanged, 0 failed articles/);
		const id = articleId('https://example.org/month-only', text);
		expect((await articleById(reader, id))?.published).toBe('2016-03');
		// "last year" is 2015 whatever the day of March; "on Monday" could be any of four or five days, so it dates nothing.
		expect((await articleById(reader, id))?.events.map((e) => [e.date.value, e.date.granularity])).toEqual([['2015', 'year']]);
		expect((await eventPage(reader, { ...NO_FILTER, text: 'month only' })).events.map((e) => e.article.published)).toEqual(['2016-03']);
		await reader.close();
	}, 60_000);

	it('survives SIGKILL half-way: committed articles are whole, none is half, and the next run completes', async () => {
		const count = 3000;
		const feed = join(dir, 'many.jsonl');
		writeFileSync(feed, Array.from({ length: count }, (_, i) => JSON.stringify(brief(i))).join('\n'));
		const { env, reader } = await database();
		const child = spawn(process.execPath, [...CLI, '--batch', '25', feed], { env, stdio: 'ignore' });
		const exited = new Promise((resolve) => child.on('exit', resolve));

		// Kill as soon as the first batches are committed.
		while ((await articleCount(reader)) === 0) await new Promise((r) => setTimeout(r, 5));
		child.kill('SIGKILL');
		await exited;

		const articles = await reader.all<{ id: string; published: string; text: string }>('SELECT id, published, text FROM articles');
		expect(articles.length).toBeGreaterThan(0);
		expect(articles.length).toBeLessThan(count);
		expect(articles.length % 25).toBe(0);
		for (const article of articles.slice(0, 50)) {
			const expected = datedEvents(article, extract({ id: article.id, published: article.published, text: article.text }, { world: loadWorldGazetteer() }));
			const ids = await reader.all<{ id: string }>('SELECT id FROM events WHERE article_id = ? ORDER BY start', [article.id]);
			expect(ids.map((r) => r.id).sort()).toEqual(expected.map((e) => e.id).sort());
		}
		await reader.close();

		const rerun = await ingest(env, feed);
		expect(rerun.code).toBe(0);
		expect(rerun.stderr).toContain(`${count - articles.length} new, 0 updated, ${articles.length} unchanged, 0 failed`);
	}, 60_000);

	it('lets another process read and ingest while it extracts a slow batch, and writes that batch after it', async () => {
		// Long reads, each the bundled articles' texts again and again up to 144,000 characters (under the 200,000 an
		// article may have), a batch of them taking seconds to extract.
		const { drafts } = await readArticleFiles([join('data', 'articles')]);
		const longText = Array.from({ length: 3 }, () => drafts.map((d) => d.text).join('\n\n')).join('\n\n').slice(0, 144_000);
		const long = (i: number) => ({ title: `Long read ${i}`, published: '2014-08-18', url: `https://example.org/long-read/${i}`, text: longText });
		// One batch of briefs, then one of long reads: once the briefs are stored, the long reads are being extracted.
		const count = 80;
		const feed = join(dir, 'long-reads.jsonl');
		writeFileSync(feed, [...Array.from({ length: count }, (_, i) => brief(i)), ...Array.from({ length: count }, (_, i) => long(i))].map((a) => JSON.stringify(a)).join('\n'));
		// The other process's articles: a new one, and another version of a long read (its URL, a short text).
		const others = join(dir, 'others.jsonl');
		const rival = { ...brief(count), url: long(0).url };
		writeFileSync(others, [brief(count + 1), rival].map((a) => JSON.stringify(a)).join('\n'));
		const { env, reader } = await database();

		const order: string[] = [];
		const finished = (name: string, child: ReturnType<typeof spawn>) => {
			let stderr = '';
			child.stderr!.on('data', (chunk) => (stderr += chunk));
			return new Promise<{ code: number | null; stderr: string }>((resolve) =>
				child.on('close', (code) => {
					order.push(name);
					resolve({ code, stderr });
				})
			);
		};
		const slowRun = finished('slow', spawn(process.execPath, [...CLI, '--batch', String(count), feed], { env }));
		while ((await articleCount(reader)) === 0) await new Promise((r) => setTimeout(r, 5));
		// Reads answer at once, from what is committed: the briefs.
		expect(await articleCount(reader)).toBe(count);
		expect((await eventPage(reader, NO_FILTER)).total).toBeGreaterThan(0);

		const other = await finished('other', spawn(process.execPath, [...CLI, others], { env }));
		expect(other.stderr).not.toContain('locked');
		expect(other.code).toBe(0);
		expect(other.stderr).toContain('2 new, 0 updated, 0 unchanged, 0 failed');
		const rivalId = articleId(rival.url, rival.text);
		const storedText = async () => (await reader.get<{ text: string }>('SELECT text FROM articles WHERE id = ?', [rivalId]))?.text;
		expect(await storedText()).toBe(rival.text);

		const slowResult = await slowRun;
		expect(order).toEqual(['other', 'slow']);
		expect(slowResult.code).toBe(0);
		// Written last, the long read replaced the version the other process stored meanwhile.
		expect(slowResult.stderr).toContain(`${2 * count - 1} new, 1 updated, 0 unchanged, 0 failed`);
		expect(await storedText()).toBe(longText);
		expect(await articleCount(reader)).toBe(2 * count + 1);
		await reader.close();
	}, 120_000);
});
