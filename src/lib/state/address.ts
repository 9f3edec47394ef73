import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { ViewState } from './url';

/**
 * Where a View is read from and written to: the page's address and its history entries,
 * each carrying its view (SvelteKit's shallow routing).
 */
export interface Address {
	/** The address the page was opened with (reactive). */
	readonly url: URL;
	/** The view the current history entry holds, if it holds one (reactive). */
	readonly view: ViewState | undefined;
	/** Adds a history entry. */
	push(href: string, view: ViewState): void;
	/** Makes the current history entry this one. */
	replace(href: string, view: ViewState): void;
}

/** The page's own address and history, through SvelteKit. */
export const pageAddress: Address = {
	get url() {
		return page.url;
	},
	get view() {
		return page.state.view;
	},
	push: (href, view) => pushState(href, { view }),
	replace: (href, view) => replaceState(href, { view })
};
