import type { LayoutServerLoad } from './$types';

/** Who may write, for every page: components read it as `page.data.access`. */
export const load: LayoutServerLoad = ({ locals }) => ({ access: locals.access });
