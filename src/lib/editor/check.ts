import { parseDay } from '$lib/domain/days';
import type { ArticleDraft, Extraction } from '$lib/domain/types';

/** Largest file the page accepts, in bytes. */
const MAX_FILE_BYTES = 1_000_000;

/**
 * Why an article cannot be saved, in words for the reader, or null when it can:
 * a date in the future, or a text with nothing to place in time or space.
 */
export function whyNotSave(draft: ArticleDraft, extraction: Extraction, today = Math.floor(Date.now() / 86_400_000)): string | null {
	const day = parseDay(draft.published);
	if (day !== null && day > today) return `its publication date ${draft.published} is in the future`;
	if (extraction.dates.length === 0 && extraction.places.length === 0) return 'no date and no place were found in its text: there is nothing to put on the timeline or the map';
	return null;
}

/** Why a file cannot be an article before it is even read, or null. */
export function whyNotRead(file: { name: string; size: number }): string | null {
	if (file.size === 0) return 'the file is empty';
	if (file.size > MAX_FILE_BYTES) return `the file is ${(file.size / 1_000_000).toFixed(1)} MB; articles up to ${MAX_FILE_BYTES / 1_000_000} MB are accepted`;
	return null;
}
