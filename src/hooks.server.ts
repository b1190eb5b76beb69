/**
 * Server hooks, run at prerender time: Paraglide resolves the locale from the URL for everything rendered in
 * this request (getLocale() in components), `<html lang>` is filled in (app.html has a placeholder), and so is
 * the page's data island: the dataset in the page's language (see $lib/data/island.ts); on the atlas page, only
 * what its first view needs (see $lib/data/atlasData.ts; a city's details load when it is opened). Pages that start
 * the live map also get low-priority prefetch links for its files (see $lib/map/prefetch.server.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { atlasDataIn } from '$lib/data/atlasData';
import { datasetFromFiles } from '$lib/data/bundled';
import { islandElement, type IslandScope } from '$lib/data/island';
import { datasetIn, useServerLocale } from '$lib/data/localise';
import { ATLAS_HEAD_SCRIPT } from '$lib/atlas/atlasHead.js';
import { mapPrefetch } from '$lib/map/prefetch.server';
import type { Locale } from '$lib/data/schema';
import { getLocale } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';

// The dataset the components read names things in the language of the page being rendered (per request).
useServerLocale(getLocale);

/** The routes whose page starts MapLibre (the atlas and the presenter); other pages draw SVG maps only. */
const LIVE_MAP_ROUTES = new Set(['/', '/present']);
/**
 * The atlas: its island holds its first view only, and its live map waits for the reader's first input, which its
 * head script listens for from the first moment.
 */
const ATLAS_ROUTE = '/';
/** The pages that read the atlas's first-view island: the atlas, and its embed (which starts no map by itself). */
const ATLAS_ISLAND_ROUTES = new Set([ATLAS_ROUTE, '/embed']);

/**
 * Prefetch links for the live map's files. On the atlas they wait in a template for its head script, which adds
 * them once the page has painted and hears the first input early ($lib/atlas/atlasHead.js).
 */
function liveMapHead(route: string | null, pathname: string, html: string): string {
	if (!LIVE_MAP_ROUTES.has(route ?? '')) return '';
	const links = mapPrefetch(pathname, html, building);
	return route === ATLAS_ROUTE ? `<template id="live-map-files">${links}</template><script>${ATLAS_HEAD_SCRIPT}</script>` : links;
}

const islands = new Map<string, string>();
function island(scope: IslandScope, locale: Locale): string {
	const key = `${scope} ${locale}`;
	if (!islands.has(key)) islands.set(key, islandElement(scope === 'atlas' ? atlasDataIn(locale) : datasetIn(datasetFromFiles(), locale), locale, scope));
	return islands.get(key)!;
}

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%atlas.data%', () => island(ATLAS_ISLAND_ROUTES.has(event.route.id ?? '') ? 'atlas' : 'full', locale))
					// The prefetch links are relative to the page, as the path is below the base path.
					.replace('%atlas.prefetch%', () => liveMapHead(event.route.id, event.url.pathname.slice(base.length), html))
		});
	});
