import type { ServerInit } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';

// Read the articles before the first request, so the first reader does not wait for extraction.
export const init: ServerInit = async () => {
	await dataset();
};
