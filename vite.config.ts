import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { dataCheck } from './src/lib/data/vitePlugin.ts';
import { trimMaplibreStylesheet } from './src/lib/map/maplibreCss.ts';
import { parseSiteUrl } from './src/lib/siteUrl.ts';
import { prerenderCityPages } from './prerenderScope.js';
import { frameAncestors } from './framePolicy.js';

// Checked here so that a mistyped address fails the build with a message, not the pages with bad links.
const siteUrl = parseSiteUrl(process.env.SITE_URL)?.href ?? '';

export default defineConfig({
	define: {
		'import.meta.env.SITE_URL': JSON.stringify(siteUrl),
		'import.meta.env.PRERENDER_CITY_PAGES': JSON.stringify(prerenderCityPages)
	},
	plugins: [
		dataCheck(process.env.ATLAS_DATA_ROOT),
		trimMaplibreStylesheet(),
		// Compiles messages/*.json into src/lib/paraglide; options in project.inlang/paraglide.config.js.
		// Not under Vitest: the compiler keeps a request open that stalls Vitest's exit by 10 s, and unit tests
		// read messages/*.json directly (`npm run check` and every build compile the messages anyway).
		process.env.VITEST ? [] : paraglideVitePlugin({ project: './project.inlang', outdir: './src/lib/paraglide' }),
		sveltekit(),
		{
			// The frame policy as the production host sends it (framePolicy.js), so the
			// previewed build, and the tests that frame an embed from another origin, behave as deployed.
			name: 'atlas-frame-headers',
			configurePreviewServer(server) {
				server.middlewares.use((req, res, next) => {
					res.setHeader('Content-Security-Policy', frameAncestors(new URL(req.url ?? '/', 'http://x').pathname));
					next();
				});
			}
		}
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The fuzz tests run thousands of cases; on a loaded 2-core machine they took 30 s where 5 s is the default.
		// A generous limit keeps them from failing for want of CPU; speed is measured by `npm run bench`, not here.
		testTimeout: 60_000
	}
});
