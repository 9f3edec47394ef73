import { flushSync } from 'svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '$lib/api/client';
import { localApi } from '$lib/api/test-server';
import type { ArticleDraft } from '$lib/domain/types';
import { type PreviewInput, StoryPreviewer } from './story-previewer.svelte';

const local = localApi();
afterAll(local.dispose);

const stored = {
	title: 'Fiji opens Vunimoli dam',
	published: '2015-03-04',
	source: 'Pacific Wire',
	url: 'https://example.org/vunimoli',
	text: "Fiji on Tuesday opened the Vunimoli hydro dam near Labasa, the largest power project in the country's history, Prime Minister Frank Bainimarama said."
};
beforeAll(() => local.api.saveArticle(stored));

const draft: ArticleDraft = {
	title: 'Bainimarama inaugurates Vunimoli hydro plant',
	published: '2015-03-05',
	source: 'Suva Daily',
	text: 'Prime Minister Frank Bainimarama inaugurated the Vunimoli hydro dam near Labasa in Fiji on Tuesday, March 3. Tonga and New Zealand signed the Nukualofa fisheries pact on June 10, 2015.'
};

/** A previewer following `state.input`, which the test sets; `asked` lists the addresses it asked. */
function preview() {
	const asked: string[] = [];
	const state = $state<{ input: PreviewInput | null }>({ input: null });
	const previewer = new StoryPreviewer(new ApiClient((input, init) => (asked.push(String(input)), local.fetch(input, init))), () => state.input);
	return { state, previewer, asked, stop: $effect.root(() => previewer.follow()) };
}

describe('StoryPreviewer', () => {
	it('says which stored story each event would join, or none for a new one', async () => {
		const { state, previewer, stop } = preview();
		state.input = { draft, ids: ['dam', 'pact'] };
		flushSync();
		expect(previewer.joins).toBeNull();
		await vi.waitFor(() => expect(previewer.joins).not.toBeNull(), { timeout: 3000 });
		expect(previewer.joins!.get('dam')?.summary).toContain('Vunimoli');
		expect(previewer.joins!.get('dam')?.articles).toBe(1);
		expect(previewer.joins!.get('pact')).toBeNull();
		expect(previewer.problem).toBe('');
		stop();
	});

	it('asks once typing pauses: a text replaced within the pause never goes out', async () => {
		const { state, previewer, asked, stop } = preview();
		state.input = { draft: { ...draft, text: draft.text.slice(0, 60) }, ids: ['a'] };
		flushSync();
		state.input = { draft, ids: ['dam', 'pact'] };
		flushSync();
		await vi.waitFor(() => expect(previewer.joins?.size).toBe(2), { timeout: 3000 });
		// The first text never went out: the second replaced it within the pause.
		expect(asked).toEqual(['/api/stories/preview']);
		stop();
	});
});
