import { z } from 'zod';
import { parseDay } from '../domain/days';
import type { EventFilter } from '../domain/filter';
import { isCountryCode } from '../geo/codes';

const isoDay = z.string().refine((s) => parseDay(s) !== null, 'must be a real calendar day, YYYY-MM-DD');

/** Query parameters selecting events; the same names as the page's URL (`from`, `to`, `c`, `mode`, `q`). */
export const filterQuery = z
	.object({
		from: isoDay.optional(),
		to: isoDay.optional(),
		c: z
			.string()
			.max(1000)
			.transform((s) => s.split(',').filter(Boolean))
			.refine((codes) => codes.every(isCountryCode), 'must be ISO 3166-1 alpha-2 codes separated by commas, e.g. RU,CN')
			.optional(),
		mode: z.enum(['all', 'any']).optional(),
		q: z.string().max(200).optional()
	})
	.refine((f) => !f.from || !f.to || f.from <= f.to, { message: '`from` must not be after `to`', path: ['from'] })
	.transform(
		(f): EventFilter => ({
			from: f.from ? parseDay(f.from) : null,
			to: f.to ? parseDay(f.to) : null,
			countries: f.c ?? [],
			mode: f.mode ?? 'any',
			text: f.q ?? ''
		})
	);

export const pageQuery = z.object({
	offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
	limit: z.coerce.number().int().min(1).max(500).default(100)
});

/** `seq=1,2,3`: numbers in a compact index, at most 500 at once. */
export const seqQuery = z.object({
	seq: z
		.string()
		.regex(/^\d{1,10}(,\d{1,10}){0,499}$/, 'must be up to 500 numbers separated by commas')
		.transform((s) => s.split(',').map(Number))
});

/** `q`: the words to search for. */
export const searchQuery = z.object({ q: z.string().trim().min(1, 'is empty').max(200) });
