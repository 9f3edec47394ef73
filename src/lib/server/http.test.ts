import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, parseBytes, readBody } from './http';

/** A request whose body arrives in chunks, with no length, as a chunked upload does. */
const chunked = (chunks: string[]) =>
	new Request('http://localhost/api/articles', {
		method: 'POST',
		body: new ReadableStream({
			start(controller) {
				for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
				controller.close();
			}
		}),
		duplex: 'half'
	} as RequestInit);

describe('parseBytes', () => {
	it('reads adapter-node’s notation', () => {
		expect([parseBytes('512K'), parseBytes('1M'), parseBytes('2g'), parseBytes('1000'), parseBytes('Infinity')]).toEqual([524_288, 1_048_576, 2 * 1024 ** 3, 1000, Infinity]);
		expect(parseBytes('lots')).toBeNaN();
	});
});

describe('readBody', () => {
	it('reads a body up to the limit, in UTF-8', async () => {
		expect(BODY_LIMIT).toBe(524_288);
		expect(await readBody(chunked(['Moskva ', 'Москва']))).toBe('Moskva Москва');
		expect(await readBody(chunked(['x'.repeat(BODY_LIMIT)]))).toHaveLength(BODY_LIMIT);
	});

	it('stops a body over the limit, declared or not, with a 413 in the documented shape', async () => {
		const over = await readBody(chunked(['x'.repeat(BODY_LIMIT), 'x']));
		expect(over).toBeInstanceOf(Response);
		expect((over as Response).status).toBe(413);
		expect(await (over as Response).json()).toEqual({ error: 'the body is larger than 524,288 bytes (BODY_SIZE_LIMIT)' });
		const declared = new Request('http://localhost/', { method: 'POST', body: 'x', headers: { 'content-length': String(BODY_LIMIT + 1) } });
		expect(((await readBody(declared)) as Response).status).toBe(413);
	});
});
