/**
 * Bump when the extractor's output changes for the same text, so stored
 * articles can be told apart from what a re-extraction would give
 * (`npm run ingest -- --reextract` recomputes them all).
 */
export const EXTRACTOR_VERSION = '15';
