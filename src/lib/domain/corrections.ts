import type { ExtractedEvent, Granularity } from './types';

/**
 * What a reader changed in an article's events. Corrections are stored with
 * the article and applied on top of every extraction, so they survive when the
 * extractor changes. Events are named by their stable id (see `eventId`).
 */
export type Correction =
	| {
			kind: 'edit';
			eventId: string;
			date?: { value: string; granularity: Granularity };
			countries?: string[];
			summary?: string;
	  }
	| { kind: 'drop'; eventId: string }
	/** An event the extractor missed; its id is made like any other (`eventId`) when the reader adds it. */
	| { kind: 'add'; event: IdentifiedEvent };

export type IdentifiedEvent = ExtractedEvent & { id: string };

/** An event after corrections, saying whether a person made or changed it. */
export type CorrectedEvent = IdentifiedEvent & { human: boolean };

/**
 * Applies corrections to extracted events. An edited event keeps its id, so
 * later corrections and links still find it. Corrections to events the
 * extractor no longer finds are kept (they may match again later) but change nothing now.
 */
export function applyCorrections(events: IdentifiedEvent[], corrections: Correction[]): CorrectedEvent[] {
	if (corrections.length === 0) return events.map((event) => ({ ...event, human: false }));
	const dropped = new Set<string>();
	const edits = new Map<string, Extract<Correction, { kind: 'edit' }>>();
	const added: CorrectedEvent[] = [];
	for (const c of corrections) {
		if (c.kind === 'drop') dropped.add(c.eventId);
		else if (c.kind === 'edit') edits.set(c.eventId, { ...edits.get(c.eventId), ...c });
		else added.push({ ...c.event, confidence: 1, human: true });
	}
	const out: CorrectedEvent[] = [];
	for (const event of events) {
		if (dropped.has(event.id)) continue;
		const edit = edits.get(event.id);
		if (!edit) {
			out.push({ ...event, human: false });
			continue;
		}
		out.push({
			...event,
			date: edit.date ?? event.date,
			countries: edit.countries ?? event.countries,
			summary: edit.summary ?? event.summary,
			confidence: 1,
			human: true
		});
	}
	return [...out, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
