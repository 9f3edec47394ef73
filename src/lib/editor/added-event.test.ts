import { describe, expect, it } from 'vitest';
import { applyCorrections } from '$lib/domain/corrections';
import { identify } from '$lib/domain/events';
import { extract } from '$lib/extract';
import { addedEvent, readerEventId } from './added-event';

const text = 'Russia and China signed a gas deal in May 2014. The talks had begun in Beijing.';
const article = { id: 'gas-deal', text, published: '2014-08-18' };
const extraction = extract({ ...article, title: 'Gas deal' });
const extracted = identify(article, extraction);

describe('addedEvent', () => {
	it('dates the words by their date mention and places them by their countries', () => {
		const start = text.indexOf('Russia');
		const { event } = addedEvent({ ...article, extraction, events: extracted, corrections: [] }, start, text.indexOf('.') + 1);
		expect(event).toMatchObject({ date: { value: '2014-05', granularity: 'month' }, countries: ['RU', 'CN'], start, confidence: 1 });
		expect(event.summary).toBe('Russia and China signed a gas deal in May 2014.');
	});

	it('dates words that name no date on the publication day', () => {
		const start = text.indexOf('The talks');
		const { event } = addedEvent({ ...article, extraction, events: extracted, corrections: [] }, start, text.length);
		expect(event.date).toEqual({ value: '2014-08-18', granularity: 'day' });
		expect(event.countries).toEqual(['CN']);
	});

	it('gives the same words added twice two ids, neither an extracted event’s', () => {
		const span = [text.indexOf('Russia'), text.indexOf('.') + 1] as const;
		const first = addedEvent({ ...article, extraction, events: extracted, corrections: [] }, ...span);
		const corrections = [first];
		const events = applyCorrections(extracted, corrections);
		const second = addedEvent({ ...article, extraction, events, corrections }, ...span);
		const ids = [first.event.id, second.event.id];
		expect(new Set(ids).size).toBe(2);
		for (const id of ids) expect(extracted.map((e) => e.id)).not.toContain(id);
	});
});

describe('readerEventId', () => {
	it('is stable, and never one the extractor makes for the same words and date', () => {
		const [found] = extracted;
		const words = text.slice(found.start, found.end);
		const id = readerEventId(article.id, found.date.value, words, new Set());
		expect(readerEventId(article.id, found.date.value, words, new Set())).toBe(id);
		expect(id).not.toBe(found.id);
		expect(readerEventId(article.id, found.date.value, words, new Set([id]))).not.toBe(id);
	});
});
