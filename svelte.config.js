import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// precompress: static files are served as .gz/.br when the client accepts them.
		adapter: adapter({ out: 'build', precompress: true }),
		// Cross-site form posts are refused by hooks/cross-site-forms.ts instead: the same check, plus the
		// one exception SvelteKit cannot make (RFC 8058 one-click unsubscribe from a mail provider).
		csrf: { trustedOrigins: ['*'] },
		// mode 'auto': SvelteKit adds a nonce (rendered pages) or hash (prerendered) to its own inline
		// bootstrap script, so no 'unsafe-inline' is needed for scripts. Styles keep 'unsafe-inline'
		// because server-rendered SVG charts use style attributes (no script can run from CSS).
		// frame-ancestors is relaxed for /embed/ pages in hooks/security-headers.ts.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
