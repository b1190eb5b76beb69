import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { kitDir, siteDir } from './buildDirs.js';
import { basePath } from './deploy/basePath.js';
import { prerenderOptions, strictPrerender } from './prerenderScope.js';
import { ATLAS_HEAD_SCRIPT } from './src/lib/atlas/atlasHead.js';

/**
 * Content Security Policy, emitted by Kit as a <meta> tag in every prerendered page. Scripts run only from
 * this origin or by the hash Kit computes for its own start-up script (no 'unsafe-inline' for scripts);
 * nothing loads from another origin. Style *attributes* are the one inline allowance: Svelte prerenders
 * every `style:` directive (goal colours, dimming, slide scaling) as a `style="..."` attribute whose value
 * depends on the data, so hashes cannot be listed here; an attribute cannot run script, and no data text
 * is ever rendered as HTML. Style elements stay 'self' only. The atlas page's one inline script of its own (it hears
 * the reader's first input before the app has loaded: src/lib/atlas/atlasHead.js) is allowed by its hash.
 */
const csp = {
	mode: /** @type {const} */ ('hash'),
	directives: {
		'default-src': ['self'],
		'script-src': ['self', /** @type {const} */ (`sha256-${createHash('sha256').update(ATLAS_HEAD_SCRIPT).digest('base64')}`)],
		'style-src': ['self'],
		'style-src-attr': ['unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self'],
		'worker-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/**
 * The data the site is built from: `data/` here, or the `data/` inside ATLAS_DATA_ROOT (the bench builds a
 * 10,000-city atlas that way, into ATLAS_BUILD_DIR: see buildDirs.js). The production build is always the twelve
 * cities in `data/`.
 */
const dataRoot = process.env.ATLAS_DATA_ROOT ?? '.';

/**
 * Pages the prerender crawler cannot reach by a link in the other languages: the speaker view opens with
 * window.open from the deck, so /fr/present/speaker/ and /es/present/speaker/ are listed here (the English one
 * is among the '*' routes). The languages are Paraglide's, read from the inlang project.
 */
const { locales, baseLocale } = JSON.parse(readFileSync('./project.inlang/settings.json', 'utf8'));
const others = locales.filter((/** @type {string} */ l) => l !== baseLocale);
/** And the static hosts' 404 pages (src/routes/404/), which nothing links to. */
const unlinked = [...others.map((/** @type {string} */ l) => `/${l}/present/speaker/`), '/404', ...others.map((/** @type {string} */ l) => `/${l}/404`)];
/**
 * The embeds: only the Share dialog's code names them, so the French and Spanish ones are listed (the English
 * atlas embed is among the '*' routes, the English city cards come from their route's `entries`).
 */
const cityIds = readdirSync(`${dataRoot}/data/cities`).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
unlinked.push(...others.flatMap((/** @type {string} */ l) => [`/${l}/embed/`, ...cityIds.map((id) => `/${l}/embed/city/${id}/`)]));

/**
 * Who may frame which page (embeds: any site; the rest: the site itself), sent as a header since a <meta> CSP
 * cannot carry frame-ancestors: see framePolicy.js. Exported here for the deployment's server configuration.
 */
export { frameAncestors } from './framePolicy.js';
/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ strict: strictPrerender, pages: siteDir, assets: siteDir }),
		outDir: kitDir,
		// The three languages' builds of one `npm run build` are one version (deploy/build.js sets it): their pages
		// and the service worker agree on which build they are. A plain `vite build` (the bench's 10,000-city build)
		// gets one too, kept in the environment: this file is loaded more than once in a build, and a second
		// Date.now() gave the prerendered pages another version's start-up global than the client's, so the
		// page never started.
		version: { name: (process.env.ATLAS_VERSION ??= Date.now().toString()) },
		// A site under a sub-path of its host: BASE_PATH=/atlas (deploy/basePath.js). Absolute paths, not Kit's
		// default relative ones: the language links are written by Paraglide from absolute URLs, a 404 page is served
		// at whatever depth the missing address has, and the service worker answers a page for its own path only.
		paths: { base: basePath, relative: false },
		csp,
		// Every stylesheet of a page is small (the largest is a few kB): inlined into the HTML, with the hashes Kit adds
		// to the CSP, they cost the first paint no round trips (there were eleven render-blocking links). The first
		// paint may then come before the text fonts: the fallback faces in fonts.css are sized like them, so the
		// swap does not move the page.
		inlineStyleThreshold: 20_000,
		// The offline worker is registered by the root layout once the first view has settled (src/lib/offline/).
		serviceWorker: { register: false },
		alias: { $data: `${dataRoot}/data` },
		prerender: { ...prerenderOptions(unlinked), handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
