/**
 * Byte budgets. "First view" JavaScript is what the prerendered page asks for before anything else happens:
 * its module scripts and modulepreloads (SvelteKit lists every static import of the page there). The map
 * chunk is a dynamic import and is not among them. "First full view" is every request the page made until the
 * map was idle, counted at the size the server sent (gzip for text).
 */
import { readFileSync } from 'node:fs';
import { mapFiles } from '../../src/lib/map/prefetch.server.ts';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Served } from './server.ts';

/** The JavaScript a page's HTML loads up front, as URL paths. */
export function firstViewScripts(html: string, pagePath: string): string[] {
	const found = new Set<string>();
	const base = new URL(pagePath, 'http://x');
	for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(m[0])?.[1];
		if (href) found.add(new URL(href, base).pathname);
	}
	for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) found.add(new URL(m[1]!, base).pathname);
	// SvelteKit's inline start-up script imports the entry points by path.
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) found.add(new URL(m[1]!, base).pathname);
	return [...found].filter((p) => p.endsWith('.js'));
}

export function sumEncoded(served: Served, paths: readonly string[]): number {
	return paths.reduce((sum, p) => sum + (served.encodedSize(p) ?? 0), 0);
}

/** maplibre-gl's own main bundle and worker as published, gzip -9: the reference for the full-view budget. */
export function maplibreOwnBytes(root: string) {
	const dist = join(root, 'node_modules/maplibre-gl/dist');
	const gz = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
	return { main: gz('maplibre-gl.mjs'), worker: gz('maplibre-gl-worker.mjs') };
}

export type Kind = 'html' | 'app-js' | 'map-js' | 'worker' | 'css' | 'basemap' | 'font' | 'other';

/** What a request is, from its path: for the per-kind breakdown of the full view. */
export function kindOf(path: string, mapChunks: ReadonlySet<string>): Kind {
	if (path.endsWith('/') || path.endsWith('.html')) return 'html';
	if (/maplibre-gl-worker/.test(path)) return 'worker';
	if (mapChunks.has(path)) return 'map-js';
	if (path.endsWith('.js') || path.endsWith('.mjs')) return 'app-js';
	if (path.endsWith('.css')) return 'css';
	if (/countries-\d+m/.test(path)) return 'basemap';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	return 'other';
}

/** Paths of the chunks the lazily imported map island pulls in (the island and everything only it needs). */
export function mapChunkPaths(root: string, firstView: readonly string[]): Set<string> {
	const manifest = JSON.parse(readFileSync(join(root, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8'));
	// The same walk the pages use to prefetch the live map's files.
	const out = new Set(mapFiles(manifest).modules.map((file) => `/${file}`));
	for (const p of firstView) out.delete(p);
	return out;
}
