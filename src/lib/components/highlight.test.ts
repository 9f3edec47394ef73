import { describe, expect, it } from 'vitest';
import { segments } from './highlight';

describe('segments', () => {
	const text = 'In July Beijing opened an inquiry. <script>alert(1)</script>';
	const dates = [{ start: 3, end: 7, text: 'July', value: '2014-07', granularity: 'month' as const }];
	const places = [{ start: 8, end: 15, text: 'Beijing', country: 'CN', kind: 'metonym' as const }];

	it('cuts the text at every mention and the focused span, covering it exactly once', () => {
		const runs = segments(text, dates, places, { start: 0, end: 34 });
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.find((r) => r.text === 'July')?.date?.value).toBe('2014-07');
		expect(runs.find((r) => r.text === 'Beijing')?.place?.country).toBe('CN');
		expect(runs.filter((r) => r.focus).map((r) => r.text).join('')).toBe('In July Beijing opened an inquiry.');
		expect(runs.at(-1)).toMatchObject({ text: ' <script>alert(1)</script>', focus: false, date: null, place: null });
	});

	it('survives mentions outside the text', () => {
		const runs = segments('short', [{ ...dates[0], start: 3, end: 99 }], [], null);
		expect(runs.map((r) => r.text).join('')).toBe('short');
	});
});
