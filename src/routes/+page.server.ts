import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { articles, events } = await dataset();
	return { articles, events };
};
