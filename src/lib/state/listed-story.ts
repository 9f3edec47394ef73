import { parseDay } from '$lib/domain/days';
import type { StorySummary } from '$lib/domain/stories';

/**
 * A row of the story list: what the compact index says at once (days and
 * countries), and the story's face once it has been fetched.
 */
export interface ListedStory {
	seq: number;
	firstDay: number;
	lastDay: number;
	countries: string[];
	detail: StorySummary | null;
	/** Far coarser than the window (see `domain/context.ts`): listed after its content. */
	context: boolean;
}

/** A row for a story whose face the server already sent. */
export const listedSummary = (story: StorySummary, context = false): ListedStory => ({
	seq: story.seq,
	firstDay: parseDay(story.date.first)!,
	lastDay: parseDay(story.date.last)!,
	countries: story.countries,
	detail: story,
	context
});
