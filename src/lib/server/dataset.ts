import { env } from '$env/dynamic/private';
import { type Corpus, loadCorpus } from './corpus';

let loading: Promise<Corpus> | undefined;

/** The articles the app serves, read once from DATELINE_ARTICLES (default `data/articles`). */
export function dataset(): Promise<Corpus> {
	loading ??= loadCorpus(env.DATELINE_ARTICLES || 'data/articles').then((corpus) => {
		for (const problem of corpus.problems) console.warn(`skipped ${problem}`);
		console.log(`Dateline: ${corpus.articles.length} articles, ${corpus.events.length} events`);
		return corpus;
	});
	return loading;
}
