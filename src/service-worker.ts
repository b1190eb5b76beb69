/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: on install, precache everything the atlas can show — the built app (`build`: code, styles, fonts,
 * the basemap TopoJSON and MapLibre's worker), `static/` (`files`) and every prerendered page (`prerendered`),
 * so a page never visited before still opens with the network cut. Registered by src/lib/offline/register.ts.
 *
 * Updates: each build has a cache of its own, and a page is only ever given the files of its build. A new build
 * installs whole or not at all (an offline reader, or a half-published site, keeps the old one), then takes over at
 * once, so the next page load is the new build whole. A page of the previous build that is still open keeps being
 * answered from its own build's cache (the chunks it loads lazily, a city's details), and that cache is deleted
 * only once no page of that build is open.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
/** The caches of this site: with its base path, so two atlases on one host (/atlas/, /atlas-test/) keep theirs. */
const PREFIX = `atlas:${base}/:`;
const CACHE = `${PREFIX}${version}`;
/** Which build each open page (window client) was given: clientId -> version, as cache entries (a worker is stopped and started at will, so not in memory). */
const CLIENTS = `${PREFIX}clients`;
/**
 * A page prerendered without a trailing slash (the 404 pages: /404, /fr/404) is a file, `404.html`, on a static
 * host: nginx, like most, has nothing at `/404`, and a single missing file fails the whole install.
 */
const asFile = (path: string) => (/\/[^/.]+$/.test(path) ? `${path}.html` : path);
const PRECACHE = [...new Set([...build, ...files, ...prerendered.map(asFile)])];
const precached = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			try {
				// `reload`: from the server, never the HTTP cache, which may still hold the previous build's pages.
				await cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })));
			} catch (error) {
				// Not all of this build could be had (offline, or a site half published): the previous one stays.
				await caches.delete(CACHE);
				throw error;
			}
			// Every file of this build is cached: it can take over at once, pages of the old one keep their cache.
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Control the page that installed us too, so the very first visit is enough to work offline.
			await sw.clients.claim();
			await forgetClosedBuilds();
		})()
	);
});

const clientKey = (id: string) => `${base}/__atlas-client/${encodeURIComponent(id)}`;

async function rememberClient(id: string): Promise<void> {
	if (!id) return;
	await (await caches.open(CLIENTS)).put(clientKey(id), new Response(version));
}

/** The build a page was given, or null for a page this worker never answered (opened before it, or from the network). */
async function buildOf(id: string): Promise<string | null> {
	if (!id) return null;
	const answer = await (await caches.open(CLIENTS)).match(clientKey(id));
	return answer ? answer.text() : null;
}

/**
 * Deletes the caches of builds no open page uses, and the records of closed pages. While a page of unknown
 * build is open (opened before this worker took over), older caches are kept: it may be one of theirs.
 */
async function forgetClosedBuilds(): Promise<void> {
	const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const records = await caches.open(CLIENTS);
	const inUse = new Set([version]);
	let unknown = false;
	const live = new Set(open.map((c) => clientKey(c.id)));
	for (const request of await records.keys()) {
		if (!live.has(new URL(request.url).pathname)) await records.delete(request);
	}
	for (const client of open) {
		const used = await buildOf(client.id);
		if (used) inUse.add(used);
		else unknown = true;
	}
	if (unknown) return;
	for (const key of await caches.keys()) {
		if (key.startsWith(PREFIX) && key !== CLIENTS && !inUse.has(key.slice(PREFIX.length))) await caches.delete(key);
	}
}

/**
 * The cached page for a navigation, always of the newest build. Pages are cached under their canonical path
 * (`/fr/`, with the trailing slash). A page is never answered under another URL: a path that only lacks its slash
 * is redirected to the real one.
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

/**
 * A file a page asks for, from the cache of that page's build: a page of the previous build still open gets its
 * own chunks and its own details files, never the new build's. A page of unknown build gets the newest build's
 * copy, else an older build's copy of a hashed file (those names are unique to one build), else the network.
 */
async function file(request: Request, url: URL, clientId: string): Promise<Response> {
	const own = (await buildOf(clientId)) ?? version;
	const found = (await (await caches.open(`${PREFIX}${own}`)).match(url.pathname)) ?? (await caches.match(url.pathname));
	return found ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	// Only our own GETs; anything else (there should be none) goes to the network untouched.
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;

	if (request.mode === 'navigate') {
		event.respondWith(
			navigation(url).then(async (cached) => {
				if (!cached) return fetch(request);
				if (cached.ok) event.waitUntil(rememberClient(event.resultingClientId).then(forgetClosedBuilds));
				return cached;
			})
		);
		return;
	}
	// Only the site's files; `_app/version.json`, which says whether a new build is out, is never cached.
	if (precached.has(url.pathname) || url.pathname.startsWith(`${base}/_app/immutable/`)) {
		event.respondWith(file(request, url, event.clientId));
	}
});
