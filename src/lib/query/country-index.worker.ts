/// <reference lib="webworker" />
/**
 * Builds the country index (see CountryIndex) from the downloaded event index,
 * off the main thread: a few hundred milliseconds at a million events, which
 * would otherwise hold up the first view or a gesture. Its arrays are handed
 * back, not copied.
 */
import { decodeIndex } from '../domain/event-index';
import { buildCountryIndex } from './country-index';
import { indexColumns } from './event-table';

self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
	const arrays = buildCountryIndex(indexColumns(decodeIndex(event.data)));
	self.postMessage(
		arrays,
		Object.values(arrays).map((array) => array.buffer)
	);
};
