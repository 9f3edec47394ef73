import type { Access } from '$lib/domain/access';
import type { ViewState } from '$lib/state/url';

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** Who may write, decided for each request in hooks.server.ts. */
			access: Access;
		}
		interface PageData {
			/** The same, for the page to hide or disable what its reader cannot do (from +layout.server.ts). */
			access: Access;
		}
		interface PageState {
			/** The view of this history entry (shallow routing); absent on the entry the page was opened with. */
			view?: ViewState;
		}
	}
}

export {};
