import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
	it.each([
		['Mr. Putin met U.S. officials on Jan. 5. They talked.', ['Mr. Putin met U.S. officials on Jan. 5.', 'They talked.']],
		['He said "No." Then he left!', ['He said "No."', 'Then he left!']],
		['Title line\n\nFirst sentence. Second one?', ['Title line', 'First sentence.', 'Second one?']],
		['Louisville, Ky., is in the U.S. It is big.', ['Louisville, Ky., is in the U.S. It is big.']]
	])('%j', (text, expected) => {
		expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
	});

	it('keeps offsets into the text', () => {
		const text = '  One here.  Two there.\n\nThree.';
		for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});
