import { describe, expect, it } from 'vitest';
import { COPY_WINDOW, CopyIndex, signature, similarity } from './copies';

const WIRE =
	'KUALA LUMPUR, Malaysia (AP) — A Malaysia Airlines Boeing 777 carrying 239 people lost contact with air traffic controllers early on Saturday, ' +
	'less than an hour into an overnight flight from Kuala Lumpur to Beijing, and search crews were scouring the sea off southern Vietnam for any sign of it. ' +
	'Flight MH370 left the Malaysian capital at 12:41 a.m. and was due in Beijing at 6:30 a.m. The airline said 227 passengers and 12 crew members were on board.';
const OTHER =
	'DONETSK, Ukraine (AFP) — A Malaysia Airlines passenger jet flying from Amsterdam to Kuala Lumpur crashed in eastern Ukraine on Thursday, ' +
	'killing all 298 people on board, and Ukraine said it had been shot down by a surface-to-air missile over territory held by separatists.';

describe('copies', () => {
	it('gives the same text the same signature and unrelated texts nearly none in common', () => {
		expect(similarity(signature(WIRE)!, signature(WIRE)!)).toBe(1);
		expect(similarity(signature(WIRE)!, signature(OTHER)!)).toBeLessThan(0.2);
		expect(signature('Too short to tell.')).toBeNull();
	});

	it('reads words as runs of letters and digits of any script, whatever the case and the marks between them', () => {
		const words = ['Київ', 'Straße', '𝐀𝐁𝐂', '٣٤', 'MH17', 'l', 'été', '中国', 'x', 'y', 'z', 'w'];
		const sig = signature(words.join(' '))!;
		expect([...signature(words.join(' — ').replace('MH17', 'mh17').replace('Київ', 'КИЇВ'))!]).toEqual([...sig]);
		expect([...signature(`«${words.join('», «')}»`)!]).toEqual([...sig]);
		// Joined by an apostrophe or a hyphen, two words are still two; joined by nothing, one (another shingle).
		expect([...signature(words.join("'"))!]).toEqual([...sig]);
		expect(similarity(signature(words.join('-').replace('Київ-Straße', 'КиївStraße'))!, sig)).toBeLessThan(1);
	});

	it('recognises a republished wire story, its last line cut, as a copy of the first, and a retelling as none', () => {
		const index = new CopyIndex();
		expect(index.add('ap', WIRE)).toBeNull();
		expect(index.add('afp', OTHER)).toBeNull();
		expect(index.add('seattle-times', WIRE.replace(' The airline said 227 passengers and 12 crew members were on board.', ''))).toBe('ap');
		expect(index.add('star-advertiser', WIRE.replace('(AP)', '(Associated Press)'))).toBe('ap');
	});

	it('compares a new article only with those that share a band of its signature', () => {
		const index = new CopyIndex();
		index.add('afp', OTHER);
		index.add('ap', WIRE);
		const before = index.compared;
		index.add('copy', WIRE);
		expect(index.compared - before).toBe(1);
	});

	it('forgets the articles older than its window: a copy is found within it, not after', () => {
		const index = new CopyIndex();
		index.add('ap', WIRE);
		// Distinct filler articles, each of its own words.
		const filler = (i: number) => Array.from({ length: 12 }, (_, k) => `w${i}x${k}`).join(' ');
		for (let i = 1; i < COPY_WINDOW; i++) index.add(`f${i}`, filler(i));
		expect(index.add('copy-in-window', WIRE)).toBe('ap');
		// 'copy-in-window' is now the latest copy of the wire; once it too is a window old, nothing is left to find.
		for (let i = 0; i < COPY_WINDOW; i++) index.add(`g${i}`, filler(COPY_WINDOW + i));
		expect(index.add('copy-too-late', WIRE)).toBeNull();
	});
});
