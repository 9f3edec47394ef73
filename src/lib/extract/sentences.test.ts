import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
	it.each([
		['Mr. Putin met U.S. officials on Jan. 5. They talked.', ['Mr. Putin met U.S. officials on Jan. 5.', 'They talked.']],
		['He said "No." Then he left!', ['He said "No."', 'Then he left!']],
		['Title line\n\nFirst sentence. Second one?', ['Title line', 'First sentence.', 'Second one?']],
		['Louisville, Ky., is in the U.S. It is big.', ['Louisville, Ky., is in the U.S. It is big.']],
		// A run of marks ends a sentence as one mark does, and only where a sentence may begin after it.
		['He paused... Then he left!', ['He paused...', 'Then he left!']],
		['Dots......x and more. Next one?! "Yes."', ['Dots......x and more.', 'Next one?!', '"Yes."']]
	])('%j', (text, expected) => {
		expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
	});

	it('keeps offsets into the text', () => {
		const text = '  One here.  Two there.\n\nThree.';
		const found = splitSentences(text);
		expect(found.map((s) => [s.start, s.end])).toEqual([
			[2, 11],
			[13, 23],
			[25, 31]
		]);
		expect(found.map((s) => s.text)).toEqual(['One here.', 'Two there.', 'Three.']);
	});
});
