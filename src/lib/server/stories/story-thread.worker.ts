/**
 * A bulk load's story builder on its own thread (story-thread.ts): fed the stored articles' mentions in ingest order
 * and the readers' corrections in turn, then each batch's once it has committed, it merges them while the load
 * writes the next, and answers `finish` with every story, to be written whole.
 */
import { parentPort } from 'node:worker_threads';
import { StoryBuilder } from '../../stories/builder';
import { applyCorrection } from './corrections';
import { snapshotOf } from './persist';
import type { ThreadMessage, ThreadReply } from './story-thread';

const port = parentPort!;
const builder = new StoryBuilder();

port.on('message', (message: ThreadMessage) => {
	switch (message.kind) {
		case 'articles':
			for (const { article, signed, mentions } of message.articles) builder.addArticle(article, signed, mentions);
			port.postMessage({ kind: 'fed' } satisfies ThreadReply);
			break;
		case 'correct':
			applyCorrection(builder, message.correction);
			break;
		case 'finish':
			port.postMessage({ kind: 'stories', snapshot: snapshotOf(builder) } satisfies ThreadReply);
			break;
	}
});
