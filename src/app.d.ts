import type { ViewState } from '$lib/state/url';

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** The view of this history entry (shallow routing); absent on the entry the page was opened with. */
			view?: ViewState;
		}
	}
}

export {};
