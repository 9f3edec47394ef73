import { syntheticArticles } from './synthetic';
import { articleId } from '../../lib/domain/ids';
import { datedEvents } from '../../lib/domain/events';
import { mentionsOfEvents } from '../../lib/stories/mentions';
import { createHash } from 'node:crypto';
const data = [];
for (const a of syntheticArticles(60000)) { const id = articleId(a.draft.url, a.draft.text); data.push({ id, a, events: datedEvents({ id, text: a.draft.text }, a.extraction) }); }
let n = 0; const h = createHash('sha256');
for (let rep = 0; rep < 3; rep++) {
	const t = performance.now(); n = 0;
	for (const { id, a, events } of data) { const ms = mentionsOfEvents({ id, text: a.draft.text, title: a.draft.title }, a.extraction, events); n += ms.length; if (rep === 0) h.update(JSON.stringify(ms)); }
	console.log(`${n} mentions ${((performance.now() - t) * 1000 / n).toFixed(2)} µs/mention`);
}
console.log('digest', h.digest('hex').slice(0, 16), 'places/article', data.reduce((s, d) => s + d.a.extraction.places.length, 0) / data.length, 'events/article', n / data.length, 'chars', data.reduce((s, d) => s + d.a.draft.text.length, 0) / data.length);
