import type { DaySpan } from '../domain/timex';
import { width } from './dates';
import { append } from './short-list';

/** One date its mentions write: how many write it, and how many contain its days (a month mention contains its days). */
interface Tallied {
	value: string;
	span: DaySpan | null;
	count: number;
	support: number;
}

/**
 * The dates a story's mentions write, each with the mentions that contain it,
 * kept as mentions come and go: the agreed date (face.ts `agreedDate`) is then
 * found among the few distinct dates, not recounted over every mention at
 * every join — a story of thousands of mentions writes a few dozen dates.
 * A plain list, not a Map: most stories write one or two dates, and there are
 * hundreds of thousands of stories.
 */
export class DateTally {
	/** In the order the dates first came: among equals the first written wins, as a recount would choose. */
	#dates: Tallied[] = [];

	add(value: string, span: DaySpan | null): void {
		this.#count(value, span, 1);
	}

	remove(value: string, span: DaySpan | null): void {
		this.#count(value, span, -1);
	}

	/** The date the most mentions contain, then the narrowest, then the earliest; null when no mention is left. */
	best(): { value: string; span: DaySpan | null } | null {
		let best: Tallied | null = null;
		for (const d of this.#dates) if (!best || d.support > best.support || (d.support === best.support && better(d.span, best.span))) best = d;
		return best && { value: best.value, span: best.span };
	}

	#count(value: string, span: DaySpan | null, by: 1 | -1): void {
		let own = this.#dates.find((d) => d.value === value);
		if (!own) {
			if (by < 0) return;
			// A new date's support: the mentions already written whose days contain it.
			let support = 0;
			if (span) for (const other of this.#dates) if (other.span && contains(other.span, span)) support += other.count;
			this.#dates = append(this.#dates, (own = { value, span, count: 0, support }));
		}
		own.count += by;
		// The mention supports every date its days contain, its own included.
		if (span) for (const other of this.#dates) if (other.span && contains(span, other.span)) other.support += by;
		if (own.count === 0) this.#dates.splice(this.#dates.indexOf(own), 1);
	}
}

const contains = (outer: DaySpan, inner: DaySpan) => outer.first <= inner.first && inner.last <= outer.last;

/** Narrower first, then earlier; a date naming no days last. */
export function better(a: DaySpan | null, b: DaySpan | null): boolean {
	if (!a) return false;
	if (!b) return true;
	return width(a) < width(b) || (width(a) === width(b) && a.first < b.first);
}
