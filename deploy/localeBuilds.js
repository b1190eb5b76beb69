/**
 * One client per language. Paraglide's messages carry all three languages' text, so every reader downloaded the
 * two they do not read: `npm run build` builds the client once per language instead (deploy/staticLocale.ts tells
 * each build its language), the other languages first, each beside the site (`build.fr/`, `.svelte-kit-fr/`:
 * buildDirs.js), and the base language last, into the site itself. Each language's pages (everything under
 * `/fr/`, `/es/`) then come from its own build, and its `_app/immutable/` files join the site's: files of the
 * same content have the same name in every build, so only the language's own chunks are new.
 *
 * The service worker comes from the base language's build and lists that build's files only: the other
 * languages' files are added to its list, so that it precaches every page's code (offline, a French page never
 * visited still opens) and still installs a build whole or not at all.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const settings = JSON.parse(readFileSync(new URL('../project.inlang/settings.json', import.meta.url), 'utf8'));
/** @type {string[]} */
export const locales = settings.locales;
/** @type {string} */
export const baseLocale = settings.baseLocale;

/** The languages in the order they are built: the others first, the base language (whose build is the site) last. */
export const BUILD_ORDER = [...locales.filter((/** @type {string} */ l) => l !== baseLocale), baseLocale];

/**
 * Every file under `dir`, as paths relative to it with forward slashes.
 * @param {string} dir
 */
function filesUnder(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).replaceAll('\\', '/'));
}

/**
 * Adds `files` (paths under `_app/immutable/`) to the list of the build that a built service worker holds, in the
 * form Kit's bundle writes it (`base + "/_app/immutable/..."`). Returns the worker's new text.
 * @param {string} worker
 * @param {string[]} files
 */
export function addToWorkerList(worker, files) {
	const first = /(\w+) ?\+ ?([`"'])\/_app\/immutable\//.exec(worker);
	if (!first) throw new Error('The service worker holds no list of the build’s files (/_app/immutable/...): Kit changed its output?');
	const [, base, quote] = first;
	const listed = new Set([...worker.matchAll(/\/_app\/immutable\/([^`"']+)[`"']/g)].map((m) => m[1]));
	const added = files.filter((f) => !listed.has(f)).map((f) => `${base}+${quote}/_app/immutable/${f}${quote},`);
	return worker.slice(0, first.index) + added.join('') + worker.slice(first.index);
}

/**
 * Merges the language `locale`'s build (site `from`, Kit's working directory `fromKit`) into the site `site` and
 * Kit's `kit` (which `vite preview` serves), then removes it.
 * @param {{ locale: string, site: string, kit: string, from: string, fromKit: string }} build
 */
export function mergeLocaleBuild({ locale, site, kit, from, fromKit }) {
	if (!existsSync(join(from, locale))) throw new Error(`The ${locale} build has no ${locale}/ pages in ${from}/`);
	/** @type {[string, string, boolean][]} */
	const copies = [
		[join(from, locale), join(site, locale), true],
		[join(from, '_app/immutable'), join(site, '_app/immutable'), false],
		[join(fromKit, 'output/prerendered/pages', locale), join(kit, 'output/prerendered/pages', locale), true],
		[join(fromKit, 'output/client/_app/immutable'), join(kit, 'output/client/_app/immutable'), false]
	];
	for (const [src, dest, replace] of copies) {
		if (!existsSync(src)) continue;
		if (replace) rmSync(dest, { recursive: true, force: true });
		cpSync(src, dest, { recursive: true });
	}
	rmSync(from, { recursive: true, force: true });
	rmSync(fromKit, { recursive: true, force: true });
}

/**
 * Lists every `_app/immutable/` file of the merged site in its service worker(s), and checks that none is missing.
 * @param {{ site: string, kit: string }} dirs
 */
export function completeWorkerLists({ site, kit }) {
	const files = filesUnder(join(site, '_app/immutable'));
	for (const worker of [join(site, 'service-worker.js'), join(kit, 'output/client/service-worker.js')]) {
		if (!existsSync(worker)) continue;
		const text = addToWorkerList(readFileSync(worker, 'utf8'), files);
		const missing = files.filter((f) => !text.includes(`/_app/immutable/${f}`));
		if (missing.length) throw new Error(`The service worker ${worker} does not list ${missing.length} files, e.g. ${missing[0]}`);
		writeFileSync(worker, text);
	}
}

/**
 * For `vite preview`: an address under a language's prefix that has no page (`/fr/nope/`) is answered with that
 * language's own 404 page, as deploy/nginx.conf does. Left to Kit, the preview renders the error on the server
 * and sends it with the base language's client, which then speaks that language over the French page.
 * @param {string} kit Kit's working directory (its prerendered pages are what the preview serves)
 * @param {string} base the base path ('' or '/atlas')
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void}
 */
export function notFoundPerLanguage(kit, base) {
	const pages = join(kit, 'output/prerendered/pages');
	const prefixed = locales.filter((l) => l !== baseLocale);
	return (req, res, next) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const locale = prefixed.find((l) => path.startsWith(`${base}/${l}/`) || path === `${base}/${l}`);
		if (!locale || (req.method !== 'GET' && req.method !== 'HEAD') || /\.[a-z0-9]+$/i.test(path)) return next();
		const inSite = path.slice(base.length);
		const notFound = join(pages, locale, '404.html');
		if (existsSync(join(pages, inSite, 'index.html')) || existsSync(join(pages, `${inSite}.html`)) || !existsSync(notFound)) return next();
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.end(req.method === 'HEAD' ? undefined : readFileSync(notFound));
	};
}
