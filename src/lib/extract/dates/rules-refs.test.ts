/** PRESENT_REF, PAST_REF, FUTURE_REF: the words TimeBank's annotators mark, and those they leave. */
import { describe, expect, it } from 'vitest';
import { dates, type Case } from './test-helpers';

const marked: Case[] = [
	['Prices are high now.', 'now', 'PRESENT_REF', 'unknown'],
	['Now officials are investigating the bombing.', 'Now', 'PRESENT_REF', 'unknown'],
	['The company is currently in talks.', 'currently', 'PRESENT_REF', 'unknown'],
	['It was delayed because of current market conditions.', 'current', 'PRESENT_REF', 'unknown'],
	['Holders may buy shares at half the then current market price.', 'then current', 'PAST_REF', 'unknown'],
	['Prices rose recently.', 'recently', 'PAST_REF', 'unknown'],
	['Kidnappings have risen in recent years.', 'in recent years', 'PAST_REF', 'unknown'],
	['Police have worried over the last few months about a pattern.', 'the last few months', 'PAST_REF', 'unknown'],
	['Losses grew over the past several quarters.', 'the past several quarters', 'PAST_REF', 'unknown'],
	['Prices may rise in the near future.', 'the near future', 'FUTURE_REF', 'unknown'],
	['The board will meet as soon as possible.', 'as soon as possible', 'FUTURE_REF', 'unknown']
];

describe('vague references to present, past and future', () => {
	it.each(marked)('%s → %s = %s', (sentence, mention, value, granularity) => {
		expect(dates(sentence)).toEqual([{ text: mention, value, granularity }]);
	});

	it.each([
		['Now, he says, it looks like a mistake.'], // a discourse marker
		['The current account deficit widened.'],
		['The current carried the boat away.'],
		['He was formerly a banker.'],
		['He previously ran a bank.'],
		['The bank will soon open.']
	])('no date: %s', (sentence) => {
		expect(dates(sentence)).toEqual([]);
	});
});
