/**
 * Low-priority prefetch links for the live map's files, written into the pages that start MapLibre (the atlas
 * and the presenter). The atlas opens on its SVG map and starts MapLibre on the reader's first input; without
 * these links the map library (about 290 kB gzip) and its worker (about 150 kB) only start downloading then, one
 * after the other. With them, the browser fetches both while it is otherwise idle, at the lowest priority, so
 * they never delay the first paint, and the live map starts from the HTTP cache.
 *
 * The file names carry content hashes that exist only once the client is built, and SvelteKit prerenders
 * after that build: they are read at prerender time from the client build's Vite manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { kitDir } from '../../../buildDirs.js';

/** Where SvelteKit's client build writes Vite's manifest (its output directory, `build.manifest`). */
const MANIFEST = `${kitDir}/output/client/.vite/manifest.json`;
/**
 * The live map's module: its chunk, the chunks it imports, and its `?url` assets (the worker). Its stylesheet,
 * trimmed to about 1 kB (maplibreCss.ts), is an ordinary CSS import that Kit puts in the page itself, so it needs
 * no prefetch; a stylesheet among the assets would be prefetched too.
 */
const MAP_MODULE = 'src/lib/map/maplibre.ts';

interface ManifestChunk {
	file: string;
	imports?: string[];
	assets?: string[];
}

/** The files of the live map, as paths under the site's root (`_app/immutable/...`). */
export function mapFiles(manifest: Record<string, ManifestChunk>): { modules: string[]; worker: string[]; styles: string[] } {
	const modules: string[] = [];
	const seen = new Set<string>();
	const walk = (key: string) => {
		const chunk = manifest[key];
		if (seen.has(key) || !chunk) return;
		seen.add(key);
		modules.push(chunk.file);
		for (const k of chunk.imports ?? []) walk(k);
	};
	const entry = Object.keys(manifest).find((key) => key.endsWith(MAP_MODULE));
	if (!entry) throw new Error(`${MANIFEST} has no entry for ${MAP_MODULE}: the map's files cannot be prefetched.`);
	walk(entry);
	const assets = manifest[entry]!.assets ?? [];
	return {
		modules,
		worker: assets.filter((a) => /\.m?js$/.test(a)),
		styles: assets.filter((a) => a.endsWith('.css'))
	};
}

/**
 * `<link rel="prefetch">` elements for the map's files that the page does not already load (chunks it shares
 * with the first view are modulepreloaded by Kit), relative to a page at `pathname`, as Kit's own links are.
 */
export function prefetchLinks(files: ReturnType<typeof mapFiles>, pathname: string, html: string): string {
	const depth = pathname.split('/').length - 2;
	const prefix = depth > 0 ? '../'.repeat(depth) : './';
	// Module scripts are fetched in CORS mode; the link asks the same way, so the cached copy is the one used.
	const link = (file: string, attrs: string) => `<link rel="prefetch" href="${prefix}${file}"${attrs}>`;
	// The live map's own module is marked: the atlas's first script imports it on the first input ($lib/atlas/atlasHead.js).
	const [entry] = files.modules;
	return [
		...files.modules
			.filter((f) => !html.includes(f))
			.map((f) => link(f, ` as="script" crossorigin${f === entry ? ' data-live-map' : ''}`)),
		...files.worker.map((f) => link(f, '')),
		...files.styles.map((f) => link(f, ' as="style"'))
	].join('');
}

let cached: ReturnType<typeof mapFiles> | null = null;

/** The links for a page at `pathname`; empty outside a build (the dev server has no manifest to read). */
export function mapPrefetch(pathname: string, html: string, building: boolean): string {
	if (!building) return '';
	if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: the client must be built before pages are prerendered.`);
	cached ??= mapFiles(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestChunk>);
	return prefetchLinks(cached, pathname, html);
}
