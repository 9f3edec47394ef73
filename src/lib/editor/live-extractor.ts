import type { Extraction } from '$lib/domain/types';
import type { ArticleInput } from '$lib/extract';

/**
 * Runs the extractor in a worker. Only the latest request is answered: a
 * result for text the reader has since changed is dropped.
 */
export class LiveExtractor {
	private worker: Worker;
	private ticket = 0;
	private waiting: ((extraction: Extraction) => void) | null = null;

	constructor() {
		this.worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
		this.worker.onmessage = (event: MessageEvent<{ ticket: number; extraction: Extraction }>) => {
			if (event.data.ticket === this.ticket) this.waiting?.(event.data.extraction);
		};
	}

	run(article: ArticleInput): Promise<Extraction> {
		const ticket = ++this.ticket;
		return new Promise((resolve) => {
			this.waiting = resolve;
			this.worker.postMessage({ ticket, article });
		});
	}

	/** Stops the worker; the owner calls this when it is destroyed. */
	terminate(): void {
		this.worker.terminate();
	}
}
