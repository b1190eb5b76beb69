/**
 * Server hooks, run at prerender time: Paraglide resolves the locale from the URL for everything rendered in
 * this request (getLocale() in components), `<html lang>` is filled in (app.html has a placeholder), and so is
 * the page's data island: the dataset in the page's language (see $lib/data/island.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { islandElement } from '$lib/data/island';
import type { Locale } from '$lib/data/schema';
import { paraglideMiddleware } from '$lib/paraglide/server';

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
				html.replace('%paraglide.lang%', locale).replace('%atlas.data%', () => island(locale))
		});
	});
