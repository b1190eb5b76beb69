import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { basePath, checkSiteUrlAgainstBase } from './deploy/basePath.js';
import { buildReport } from './deploy/buildReport.ts';
import { firstViewChunks } from './deploy/firstViewChunks.ts';
import { staticLocale } from './deploy/staticLocale.ts';
import { notFoundPerLanguage } from './deploy/localeBuilds.js';
import { kitDir } from './buildDirs.js';
import { dataCheck } from './src/lib/data/vitePlugin.ts';
import { trimMaplibreStylesheet } from './src/lib/map/maplibreCss.ts';
import { parseSiteUrl } from './src/lib/siteUrl.ts';
import { prerenderCityPages } from './prerenderScope.js';
import { frameAncestors } from './framePolicy.js';

// Checked here so that a mistyped address fails the build with a message, not the pages with bad links.
const site = parseSiteUrl(process.env.SITE_URL);
checkSiteUrlAgainstBase(site, basePath);
const siteUrl = site?.href ?? '';

export default defineConfig(({ command }) => ({
	define: {
		'import.meta.env.SITE_URL': JSON.stringify(siteUrl),
		'import.meta.env.PRERENDER_CITY_PAGES': JSON.stringify(prerenderCityPages)
	},
	// A build prints what a person acts on: warnings, errors, and buildReport's lines (what was built, where, how
	// to serve it), not Vite's table of every chunk (`npm run bench` measures the bytes that matter).
	logLevel: command === 'build' ? 'warn' : 'info',
	build: {
		// MapLibre is one library of about 1 MB, loaded only once the reader touches the map: Vite's advice to split
		// it is not ours to take. Any other chunk past 500 kB would be news, but the limit is per chunk, so it is
		// set just above MapLibre's.
		chunkSizeWarningLimit: 1100,
		// ATLAS_NO_MINIFY=1: readable function names in a profile (scripts/bench-trace.ts); never for the site.
		minify: process.env.ATLAS_NO_MINIFY ? false : undefined,
		// Rolldown's table of plugin timings (Paraglide's compile, Kit's prerender) is for whoever tunes the bundler.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	plugins: [
		dataCheck(process.env.ATLAS_DATA_ROOT),
		trimMaplibreStylesheet(),
		// Compiles messages/*.json into src/lib/paraglide; options in project.inlang/paraglide.config.js.
		// Not under Vitest: the compiler keeps a request open that stalls Vitest's exit by 10 s, and unit tests
		// read messages/*.json directly (`npm run check` and every build compile the messages anyway).
		process.env.VITEST ? [] : paraglideVitePlugin({ project: './project.inlang', outdir: './src/lib/paraglide' }),
		sveltekit(),
		firstViewChunks(),
		staticLocale(),
		{
			// The frame policy as the production host sends it (framePolicy.js), so the
			// previewed build, and the tests that frame an embed from another origin, behave as deployed.
			name: 'atlas-frame-headers',
			configurePreviewServer(server) {
				server.middlewares.use((req, res, next) => {
					res.setHeader('Content-Security-Policy', frameAncestors(new URL(req.url ?? '/', 'http://x').pathname.slice(basePath.length)));
					next();
				});
				// Each language's 404 page for its missing addresses, as deploy/nginx.conf serves them.
				server.middlewares.use(notFoundPerLanguage(kitDir, basePath));
			}
		},
		command === 'build' && !process.env.VITEST ? buildReport() : []
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The fuzz tests run thousands of cases; on a loaded 2-core machine they took 30 s where 5 s is the default.
		// A generous limit keeps them from failing for want of CPU; speed is measured by `npm run bench`, not here.
		testTimeout: 60_000
	}
}));
