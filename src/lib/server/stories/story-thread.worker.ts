/**
 * A bulk load's story builder on its own thread (story-thread.ts): fed the stored articles' mentions in ingest order
 * and the readers' corrections in turn, then each batch's once it has committed, it merges them while the load
 * writes the next, and answers `finish` with what it changed since it was fed the stored ones.
 */
import { parentPort } from 'node:worker_threads';
import { StoryBuilder } from '../../stories/builder';
import { applyCorrection } from './corrections';
import { faceRow } from './faces';
import type { FedChanges } from './persist';
import type { ThreadMessage, ThreadReply } from './story-thread';

const port = parentPort!;
const builder = new StoryBuilder();
/** The load's own articles, fed after the stored ones. */
const loaded = new Set<string>();
let replayed = false;

port.on('message', (message: ThreadMessage) => {
	switch (message.kind) {
		case 'articles':
			for (const { article, signed, mentions } of message.articles) {
				builder.addArticle(article, signed, mentions);
				if (replayed) loaded.add(article.id);
			}
			port.postMessage({ kind: 'fed' } satisfies ThreadReply);
			break;
		case 'correct':
			applyCorrection(builder, message.correction);
			break;
		case 'replayed':
			// The stored stories are what the database holds: what changes from here on is what the load writes.
			builder.drainChanges();
			replayed = true;
			break;
		case 'finish':
			port.postMessage({ kind: 'changes', changes: changes() } satisfies ThreadReply);
			break;
	}
});

function changes(): FedChanges {
	const { changed, merged } = builder.drainChanges();
	const stories: FedChanges['stories'] = [];
	for (const id of changed) {
		const story = builder.story(id);
		if (story?.id !== id) continue;
		const newEvents = story.mentions.filter((m) => loaded.has(m.articleId)).map((m) => m.eventId);
		stories.push({ id, face: faceRow(0, story, builder.articles), newEvents, aliases: story.aliases });
	}
	const copies: [string, string][] = [];
	for (const id of loaded) {
		const copyOf = builder.articles.get(id)?.copyOf;
		if (copyOf) copies.push([id, copyOf]);
	}
	return { stories, merged, copies };
}
