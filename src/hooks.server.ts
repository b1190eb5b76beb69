/**
 * Server hooks, run at prerender time: Paraglide resolves the locale from the URL for everything rendered in
 * this request (getLocale() in components), `<html lang>` is filled in (app.html has a placeholder), and so is
 * the page's data island: the dataset in the page's language (see $lib/data/island.ts). Pages that start the live
 * map also get low-priority prefetch links for its files (see $lib/map/prefetch.server.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { dataset } from '$lib/data/dataset';
import { islandElement } from '$lib/data/island';
import { mapPrefetch } from '$lib/map/prefetch.server';
import type { Locale } from '$lib/data/schema';
import { paraglideMiddleware } from '$lib/paraglide/server';

/** The routes whose page starts MapLibre (the atlas and the presenter); other pages draw SVG maps only. */
const LIVE_MAP_ROUTES = new Set(['/', '/present']);

const islands = new Map<Locale, string>();
function island(locale: Locale): string {
	if (!islands.has(locale)) islands.set(locale, islandElement(dataset, locale));
	return islands.get(locale)!;
}

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%atlas.data%', () => island(locale))
					.replace('%atlas.prefetch%', () =>
						LIVE_MAP_ROUTES.has(event.route.id ?? '') ? mapPrefetch(event.url.pathname, html, building) : ''
					)
		});
	});
