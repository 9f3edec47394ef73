import { describe, expect, it } from 'vitest';
import { brushKey, clampWindow, keyStep, zoomWindow } from './brush';

const w = { from: 100, to: 130 };

describe('brush keys', () => {
	it.each([
		['ArrowRight', false, { from: 107, to: 137 }],
		['ArrowLeft', false, { from: 93, to: 123 }],
		['ArrowRight', true, { from: 100, to: 137 }],
		['ArrowLeft', true, { from: 100, to: 123 }],
		['PageDown', false, { from: 131, to: 161 }],
		['Home', false, { from: 0, to: 30 }],
		['End', false, { from: 970, to: 1000 }]
	])('%s (shift %s) gives %j', (key, shift, expected) => {
		expect(brushKey(key as string, shift as boolean, w, 0, 1000, 7)).toEqual(expected);
	});
	it('ignores other keys', () => expect(brushKey('a', false, w, 0, 1000, 7)).toBeNull());
	it('never leaves the data', () => {
		expect(brushKey('ArrowLeft', false, { from: 2, to: 10 }, 0, 1000, 7)).toEqual({ from: 0, to: 8 });
		expect(brushKey('ArrowLeft', true, { from: 5, to: 8 }, 0, 1000, 7)).toEqual({ from: 5, to: 5 });
	});
	it('steps by days, weeks or months', () => {
		expect(keyStep({ from: 0, to: 6 })).toBe(1);
		expect(keyStep({ from: 0, to: 90 })).toBe(7);
		expect(keyStep({ from: 0, to: 900 })).toBe(30);
	});
});

describe('window arithmetic', () => {
	it('clamps without changing the length', () => {
		expect(clampWindow({ from: -10, to: 20 }, 0, 100)).toEqual({ from: 0, to: 30 });
		expect(clampWindow({ from: 90, to: 120 }, 0, 100)).toEqual({ from: 70, to: 100 });
		expect(clampWindow({ from: -50, to: 500 }, 0, 100)).toEqual({ from: 0, to: 100 });
	});
	it('zooms around a centre', () => {
		expect(zoomWindow({ from: 0, to: 100 }, 0.5, 50, 0, 1000)).toEqual({ from: 25, to: 75 });
		expect(zoomWindow({ from: 0, to: 100 }, 2, 0, 0, 1000)).toEqual({ from: 0, to: 200 });
		expect(zoomWindow({ from: 10, to: 10 }, 0.5, 10, 0, 1000)).toEqual({ from: 10, to: 10 });
	});
});
