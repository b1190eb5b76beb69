// Paraglide's compiler options, read by both the Vite plugin (build, dev, Vitest) and the CLI (`npm run check`),
// so the two always generate the same runtime.
import { readFileSync } from 'node:fs';
import { basePath } from '../deploy/basePath.js';

const { locales, baseLocale } = JSON.parse(readFileSync(new URL('./settings.json', import.meta.url), 'utf8'));

/**
 * Under a sub-path (BASE_PATH=/atlas), the languages are /atlas/, /atlas/fr/, /atlas/es/: Paraglide reads and
 * writes the locale after the base, so every URL it sees and makes is the real one. At the root of a domain the
 * default patterns do the same without URLPattern (whose polyfill a sub-path build then carries).
 */
const origin = ':protocol://:domain(.*)::port?';
const urlPatterns = basePath
	? [
			{
				pattern: `${origin}${basePath}/:path(.*)?`,
				// The base language last: its pattern matches every other language's URLs too.
				localized: [
					...locales.filter((/** @type {string} */ l) => l !== baseLocale).map((/** @type {string} */ l) => [l, `${origin}${basePath}/${l}/:path(.*)?`]),
					[baseLocale, `${origin}${basePath}/:path(.*)?`]
				]
			}
		]
	: undefined;

export default {
	outdir: './src/lib/paraglide',
	// The URL decides (English unprefixed at /, French at /fr/, Spanish at /es/). The visitor's preferred
	// language is applied once, in the browser, by src/lib/i18n/preferred.ts: a static host cannot negotiate.
	strategy: ['url', 'baseLocale'],
	...(urlPatterns ? { urlPatterns } : {}),
	// Must agree with Kit's trailingSlash = 'always' (pages are /fr/index.html, /fr/city/cork/index.html).
	trailingSlash: 'always',
	// Each language's client is built on its own (deploy/build.js), with this expression defined as its language
	// (vite.config.ts): its messages then hold that language alone, and the others are left out of its bundle. Where
	// it is not defined (the server side, Vitest, a plain `vite build`), the URL decides as above. This exact
	// expression is Paraglide's own for per-locale builds (it also makes each message module free of side effects).
	experimentalStaticLocale: '/** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__',
	emitReadme: false,
	emitPrettierIgnore: false
};
