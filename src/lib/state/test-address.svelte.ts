import type { Address } from './address';
import type { ViewState } from './url';

/**
 * For unit tests: an Address kept in memory, with the browser's history rules as SvelteKit's
 * shallow routing applies them (the page's URL stays the one it was opened with; each entry
 * carries its view), and Back and Forward.
 */
export class TestAddress implements Address {
	readonly url: URL;
	readonly entries: { href: string; view: ViewState | undefined }[];
	private index = $state(0);
	private written = $state.raw<{ href: string; view: ViewState | undefined }[]>([]);

	constructor(path = '/') {
		this.url = new URL(path, 'http://localhost');
		this.entries = [{ href: path, view: undefined }];
		this.written = this.entries;
	}

	get view(): ViewState | undefined {
		return this.written[this.index].view;
	}

	/** The address bar. */
	get href(): string {
		return this.written[this.index].href;
	}

	push(href: string, view: ViewState): void {
		this.entries.splice(this.index + 1, Infinity, { href, view });
		this.written = [...this.entries];
		this.index++;
	}

	replace(href: string, view: ViewState): void {
		this.entries[this.index] = { href, view };
		this.written = [...this.entries];
	}

	back(): void {
		if (this.index > 0) this.index--;
	}

	forward(): void {
		if (this.index < this.entries.length - 1) this.index++;
	}
}
