/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: on install, precache everything the atlas can show — the built app (`build`: code, styles, fonts,
 * the basemap TopoJSON and MapLibre's worker), `static/` (`files`) and every prerendered page (`prerendered`),
 * so a page never visited before still opens with the network cut. Kit registers this file itself.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `atlas-${version}`;
const PRECACHE = [...new Set([...build, ...files, ...prerendered])];
const precached = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	// A new version takes over at once instead of waiting for every tab to close: all its files are cached
	// by the time install ends, so nothing it serves can be missing.
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// Control the page that installed us too, so the very first visit is enough to work offline.
			await sw.clients.claim();
		})()
	);
});

/**
 * The cached page for a navigation. Pages are cached under their canonical path (`/fr/`, with the trailing
 * slash). A page is never answered under another URL: its relative `./_app/...` links would then point
 * elsewhere and the app would not start. A path that only lacks its slash is redirected to the real one.
 */
async function navigation(url: URL): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	const page = await cache.match(url.pathname);
	if (page) return page;
	const slashed = `${url.pathname}/`;
	if (!url.pathname.endsWith('/') && precached.has(slashed)) {
		return Response.redirect(`${slashed}${url.search}${url.hash}`, 301);
	}
	return undefined;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	// Only our own GETs; anything else (there should be none) goes to the network untouched.
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;

	if (request.mode === 'navigate') {
		event.respondWith(
			navigation(url).then((cached) => cached ?? fetch(request))
		);
		return;
	}
	if (precached.has(url.pathname)) {
		// Build files are immutable (hashed names) and pages change only with a new version, which brings a new cache.
		event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(url.pathname)) ?? fetch(request)));
	}
});
