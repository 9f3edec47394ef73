/**
 * People of a country named in the text (people.ts), and what they add to an event's countries
 * through the whole extractor.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '.';
import { findPeople } from './people';
import { tokenize } from './tokens';

const named = (text: string) => findPeople(text, tokenize(text)).map((p) => `${text.slice(p.start, p.end)}:${p.country}`);

describe('people named in the text', () => {
	it.each<[string, string[]]>([
		['Vladimir Putin met Xi Jinping in Beijing.', ['Vladimir Putin:RU', 'Xi Jinping:CN']],
		// The surname alone, with or without the full name before it.
		['Putin said on Monday that Obama was wrong.', ['Putin:RU', 'Obama:US']],
		['Recep Tayyip Erdogan arrived. Erdogan spoke later.', ['Recep Tayyip Erdogan:TR', 'Erdogan:TR']],
		// Names cut by hyphens and periods are read whole.
		['Park Geun-hye and George W. Bush shook hands; Bashar al-Assad did not.', ['Park Geun-hye:KR', 'George W. Bush:US', 'Bashar al-Assad:SY']],
		['Forces loyal to al-Assad and Mohammed bin Salman, later bin Salman alone.', ['Assad:SY', 'Mohammed bin Salman:SA', 'bin Salman:SA']],
		// A surname that is also a word, a month or a town names the person only after the full name or a title…
		['Theresa May spoke on Monday. May said she would stay.', ['Theresa May:GB', 'May:GB']],
		['Mrs May spoke on Monday.', ['May:GB']],
		['Prime Minister Abe and Chancellor Merkel met.', ['Abe:JP', 'Merkel:DE']],
		// …never alone.
		['In May, prices rose.', []],
		['Theresa May spoke on Monday. The vote is due in May.', ['Theresa May:GB']],
		['May said she would stay.', []],
		['Flooding hit Kerry and Austin on Monday.', []],
		['Abe Lincoln was born in Kentucky.', []],
		// Part of another person's name is someone else's.
		['Magic Johnson and Boris Johnson met.', ['Boris Johnson:GB']],
		['Gorky Park was closed.', []],
		// Another person of the same surname's full name does not let it in for the other country.
		['Theresa Mayhew spoke.', []]
	])('%s', (text, expected) => {
		expect(named(text)).toEqual(expected);
	});
});

describe("an event's countries", () => {
	const countries = (text: string) => extract({ id: 'a', published: '2014-11-12', text }).events.map((e) => e.countries);

	it('count the people acting in its clause, though it names no place', () => {
		expect(countries('Xi also sealed a second gas agreement with Vladimir Putin on Sunday.')).toEqual([['CN', 'RU']]);
		expect(countries('President Barack Obama telephoned Dilma Rousseff on Monday night.')).toEqual([['US', 'BR']]);
	});

	it('rank a place the clause names above a person', () => {
		expect(countries('The peace plan was brokered by Angela Merkel in Minsk, Belarus, last week.')[0][0]).toBe('BY');
	});
});
