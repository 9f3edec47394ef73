/**
 * The store's SQL binds parameters as `?` (see ../db.ts); PostgreSQL numbers them
 * `$1, $2, …`. Marks inside string literals, quoted identifiers and comments are
 * left alone. Each statement is translated once and remembered: the store runs the
 * same few hundred statements over and over.
 */
const translated = new Map<string, string>();

export function numberPlaceholders(sql: string): string {
	let text = translated.get(sql);
	if (text === undefined) translated.set(sql, (text = translate(sql)));
	return text;
}

function translate(sql: string): string {
	let out = '';
	let count = 0;
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		const end = skipQuoted(sql, i);
		if (end > i) {
			out += sql.slice(i, end);
			i = end;
		} else {
			out += c === '?' ? `$${++count}` : c;
			i++;
		}
	}
	return out;
}

/** The index just past the literal, quoted identifier or comment starting at `i`; `i` when none starts there. */
function skipQuoted(sql: string, i: number): number {
	const c = sql[i];
	if (c === "'" || c === '"') {
		// A doubled quote is an escaped one: the scan simply goes on to the next quote.
		const close = sql.indexOf(c, i + 1);
		return close < 0 ? sql.length : close + 1;
	}
	if (c === '-' && sql[i + 1] === '-') {
		const close = sql.indexOf('\n', i);
		return close < 0 ? sql.length : close + 1;
	}
	if (c === '/' && sql[i + 1] === '*') {
		const close = sql.indexOf('*/', i + 2);
		return close < 0 ? sql.length : close + 2;
	}
	return i;
}
