import { z } from 'zod';
import { parseDay } from '../domain/days';
import { coverage } from '../domain/timex';

// The pages' Content-Security-Policy allows no eval: zod would otherwise probe `new Function` (reported as a
// violation in the browser's console) to compile its parsers.
z.config({ jitless: true });

/** Longest article text accepted, in characters. */
export const MAX_TEXT = 200_000;

// An ISO 8601 time of day after the date (`T10:00`, ` 10:00:00.5+02:00`); anything else after it is an error, not dropped.
const TIME_OF_DAY = /^(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** A month of a known year, `YYYY-MM`: all some sources say of when they published. */
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/**
 * A publication date: `YYYY-MM-DD`, optionally with an ISO time of day, which
 * is dropped; or only `YYYY-MM`, which the article keeps (relative dates then
 * resolve as far as a month allows: "last year" does, "Monday" does not).
 */
export const publishedDay = z
	.string()
	.transform((s) => s.trim())
	.refine((s) => MONTH.test(s) || (parseDay(s.slice(0, 10)) !== null && TIME_OF_DAY.test(s.slice(10))), 'must be a real calendar day, YYYY-MM-DD, or a month, YYYY-MM')
	.transform((s) => s.slice(0, 10));

// A title or a source is one line of plain text: its runs of white space (tabs, line breaks) become one space,
// and any other C0 or C1 control character (NUL, the ESC of ANSI escapes…) is refused.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const oneLine = (max: number) =>
	z
		.string()
		.transform((s) => s.replace(/\s+/g, ' ').trim())
		.pipe(z.string().max(max).refine((s) => !CONTROL.test(s), 'must not hold control characters'));

// Text with NUL or many other control characters is a binary file, not an article.
const looksBinary = (text: string) => text.includes('\u0000') || (text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0) > 8;

/** An article from any source (a file, the API, the browser), before it is stored. */
export const articleDraft = z.object({
	title: oneLine(500).refine((s) => s.length > 0, 'is empty'),
	published: publishedDay,
	url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
	source: oneLine(200).optional(),
	text: z
		.string()
		.max(MAX_TEXT, `is longer than ${MAX_TEXT.toLocaleString('en')} characters`)
		.refine((t) => t.trim().length > 0, 'is empty')
		.refine((t) => !looksBinary(t), 'looks like a binary file, not text')
});

/** One line per problem: `field: message`. */
export function describeIssues(error: z.ZodError): string {
	return error.issues.map((issue) => `${issue.path.join('.') || 'article'}: ${issue.message}`).join('; ');
}

/** An article that could not be read: says where (file and line) and why. */
export class ArticleError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		message: string
	) {
		super(`${file}:${line}: ${message}`);
	}
}

const granularity = z.enum(['day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'range', 'unknown']);
// A value that names no definite days (`garbage`, `9999-99-99`, `P1Y`) would leave the event on no day at all.
const eventDate = z.object({ value: z.string().max(40).refine((v) => coverage(v) !== null, 'must be a date Dateline can place, e.g. 2014-08-18, 2014-08, 2014-Q3, 2014-W33, 2014-SU or 2014-05-01/2014-08-18'), granularity });
const countryList = z.array(z.string().regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2 codes')).max(20);
const eventKey = z.string().regex(/^[0-9a-z]{1,24}$/, 'must be an event id');

/** A reader's correction (see domain/corrections.ts), as the API accepts it. */
export const correction = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('edit'), eventId: eventKey, date: eventDate.optional(), countries: countryList.optional(), summary: z.string().trim().min(1).max(500).optional() }),
	z.object({ kind: z.literal('drop'), eventId: eventKey }),
	z.object({
		kind: z.literal('add'),
		event: z.object({
			id: eventKey,
			date: eventDate,
			countries: countryList.min(1, 'needs at least one country'),
			start: z.number().int().min(0),
			end: z.number().int().min(0),
			summary: z.string().trim().min(1).max(500),
			confidence: z.number().min(0).max(1)
		}).refine((e) => e.start <= e.end, { message: 'must not end before it starts', path: ['end'] })
	})
]);

export const corrections = z.array(correction).max(500);
