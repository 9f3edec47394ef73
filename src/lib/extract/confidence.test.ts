/**
 * Each doubt of the confidence table, shown on a pair of sentences that
 * differ in that doubt only: the event's confidence moves by the doubt's
 * documented weight.
 */
import { describe, expect, it } from 'vitest';
import { BASE_CONFIDENCE, DOUBTS, confidence } from './confidence';
import { extract } from './index';

const events = (text: string) => extract({ id: 't', published: '2014-08-18', text }).events;
const confidences = (text: string) => events(text).map((e) => e.confidence);

describe('confidence', () => {
	it('starts at the base for a dated clause that names its own country', () => {
		expect(confidences('Russia signed a deal on Monday.')).toEqual([BASE_CONFIDENCE]);
	});

	it('countriesFromSentence: a clause that names no country takes its sentence’s, less surely', () => {
		const found = events('Russia signed a deal on Monday and the talks began in July.');
		expect(found.map((e) => [e.date.value, e.countries])).toEqual([
			['2014-08-18', ['RU']],
			['2014-07', ['RU']]
		]);
		expect(found.map((e) => e.confidence)).toEqual([BASE_CONFIDENCE, confidence(['countriesFromSentence'])]);
		expect(found[1].confidence).toBeCloseTo(BASE_CONFIDENCE - DOUBTS.countriesFromSentence, 10);
	});

	it('countriesFromParagraph: a sentence that names no country borrows the previous sentence’s, less surely still', () => {
		const named = events('Russia gave Snowden asylum on Thursday, and Snowden had filed his request in mid-July.');
		const borrowed = events('Russia gave Snowden asylum on Thursday. Snowden had filed his request in mid-July.');
		expect(borrowed.map((e) => [e.date.value, e.countries])).toEqual([
			['2014-08-14', ['RU']],
			['2014-07', ['RU']]
		]);
		expect(borrowed[1].confidence).toBeCloseTo(BASE_CONFIDENCE - DOUBTS.countriesFromSentence - DOUBTS.countriesFromParagraph, 10);
		// Beside a clause whose country is only its sentence's, borrowing costs exactly this doubt's weight.
		expect(named[1].countries).toEqual(['RU']);
		expect(named[1].confidence).toBe(confidence(['countriesFromSentence']));
		expect(named[1].confidence - borrowed[1].confidence).toBeCloseTo(DOUBTS.countriesFromParagraph, 10);
	});

	it('countriesFromArticle: a paragraph that names no country borrows the countries the article named last, less surely again', () => {
		const paragraph = events('Russia gave Snowden asylum on Thursday. Snowden had filed his request in mid-July.');
		const article = events('Russia gave Snowden asylum on Thursday.\n\nSnowden had filed his request in mid-July.');
		expect(article.map((e) => [e.date.value, e.countries])).toEqual([
			['2014-08-14', ['RU']],
			['2014-07', ['RU']]
		]);
		expect(article[1].confidence).toBe(confidence(['countriesFromSentence', 'countriesFromArticle']));
		expect(paragraph[1].confidence - article[1].confidence).toBeCloseTo(DOUBTS.countriesFromArticle - DOUBTS.countriesFromParagraph, 10);
		// Nothing named before: no countries to borrow, and no event.
		expect(events('Snowden had filed his request in mid-July.')).toEqual([]);
	});

	it('coarseDate: a year or a decade dates an event less surely than a month', () => {
		expect(confidences('Russia signed a deal in May 2013.')).toEqual([BASE_CONFIDENCE]);
		expect(confidences('Russia signed a deal in 2013.')).toEqual([confidence(['coarseDate'])]);
		expect(confidences('Russia signed deals in the 1990s.')).toEqual([confidence(['coarseDate'])]);
		expect(confidence(['coarseDate'])).toBeCloseTo(BASE_CONFIDENCE - DOUBTS.coarseDate, 10);
	});

	it('inheritedDate: a sentence that continues the story takes its date, weighed alone', () => {
		expect(confidences('Russia and China signed a deal on Monday. The deal covers Chinese servers.')).toEqual([BASE_CONFIDENCE, confidence(['inheritedDate'])]);
		// The inherited year is no further doubt.
		expect(confidences('Russia and China signed a deal in 2013. The deal covers Chinese servers.')).toEqual([
			confidence(['coarseDate']),
			confidence(['inheritedDate'])
		]);
		expect(confidence(['inheritedDate'])).toBeCloseTo(BASE_CONFIDENCE - DOUBTS.inheritedDate, 10);
	});

	it('takes every doubt that applies off the base, to two decimals', () => {
		expect(confidence([])).toBe(BASE_CONFIDENCE);
		expect(confidence(['countriesFromSentence', 'countriesFromParagraph', 'coarseDate'])).toBe(
			Math.round((BASE_CONFIDENCE - DOUBTS.countriesFromSentence - DOUBTS.countriesFromParagraph - DOUBTS.coarseDate) * 100) / 100
		);
		expect(events('Russia gave Snowden asylum on Thursday. Snowden had filed his request in 2013.')[1].confidence).toBe(
			confidence(['countriesFromSentence', 'countriesFromParagraph', 'coarseDate'])
		);
	});
});
