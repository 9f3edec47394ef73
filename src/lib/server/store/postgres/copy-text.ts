import type { Param } from '../db';

/**
 * Rows in the text format of PostgreSQL's COPY: columns separated by tabs, rows
 * ended by newlines, NULL written \N, and backslash, tab, newline and carriage
 * return escaped so that no text can end a column or a row early. An empty string
 * is an empty column, which COPY reads as '' (not NULL).
 */
export function* copyText(rows: Iterable<readonly Param[]>, chunkSize = 1 << 16): Generator<string> {
	let chunk = '';
	for (const row of rows) {
		for (let i = 0; i < row.length; i++) {
			if (i) chunk += '\t';
			chunk += copyValue(row[i]);
		}
		chunk += '\n';
		if (chunk.length >= chunkSize) {
			yield chunk;
			chunk = '';
		}
	}
	if (chunk) yield chunk;
}

const SPECIAL = /[\\\t\n\r]/g;
const ANY_SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function copyValue(value: Param): string {
	if (value === null || value === undefined) return '\\N';
	if (typeof value === 'number') return String(value);
	// Most values have nothing to escape: a test is cheaper than a replace that finds nothing.
	return ANY_SPECIAL.test(value) ? value.replace(SPECIAL, (c) => ESCAPES[c]) : value;
}
