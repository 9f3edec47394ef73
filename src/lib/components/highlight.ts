import type { DateMention, PlaceMention } from '$lib/domain/types';

export interface Segment {
	text: string;
	date: DateMention | null;
	place: PlaceMention | null;
	/** Inside the source span of the event being shown. */
	focus: boolean;
}

/**
 * Cuts an article's text into runs that share the same highlights: date
 * mentions, place mentions and the focused event's span. The runs are shown as
 * text (never as HTML), so nothing in an article can become markup.
 */
export function segments(text: string, dates: DateMention[], places: PlaceMention[], focus: { start: number; end: number } | null): Segment[] {
	const cuts = new Set([0, text.length]);
	const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
	for (const m of [...dates, ...places]) cuts.add(clamp(m.start)).add(clamp(m.end));
	if (focus) cuts.add(clamp(focus.start)).add(clamp(focus.end));
	const points = [...cuts].sort((a, b) => a - b);
	const out: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const [a, b] = [points[i], points[i + 1]];
		if (a === b) continue;
		const within = <T extends { start: number; end: number }>(m: T) => m.start <= a && m.end >= b;
		out.push({
			text: text.slice(a, b),
			date: dates.find(within) ?? null,
			place: places.find(within) ?? null,
			focus: focus ? within(focus) : false
		});
	}
	return out;
}
