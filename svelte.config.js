import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// Scripts POST plain-text articles to /api/articles. Dateline has no sessions or
		// cookies, so a cross-site form could do nothing that a direct request cannot.
		csrf: { trustedOrigins: ['*'] }
	}
};
