import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// hooks.server.ts refuses every cross-site write, whatever its content type, by the Origin and
		// Sec-Fetch-Site that browsers send. SvelteKit's own check sees only form content types and also refuses
		// them when there is no Origin at all, which is how scripts post plain-text articles (with the token).
		csrf: { checkOrigin: false },
		// Pages load only their own code; SvelteKit adds a nonce for its inline start-up script. Styles may be
		// inline because Leaflet and Svelte set style attributes (app.html has one too); the country-index
		// worker is one of the app's own files. API answers get their own policy (lib/server/security-headers.ts).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};
