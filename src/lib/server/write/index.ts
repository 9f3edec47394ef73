/**
 * The store's write side: storing articles as they come (store-articles.ts),
 * writing an extraction made elsewhere and deleting (article-writes.ts), a
 * reader's corrections (corrections.ts), and loading many articles at once
 * (bulk-load.ts, commit-in-turn.ts). The read side (../queries.ts) never imports from here.
 */
export { deleteArticle, writeArticle } from './article-writes';
export { beginBulkLoad, type BulkLoad } from './bulk-load';
export { correctArticle } from './corrections';
export { commitInTurn } from './commit-in-turn';
export { type BatchResult, type Outcome, type Prepared, type Stored, type StoreOptions, commitArticles, prepareArticles, storeArticle, storeBatch } from './store-articles';
