/**
 * Server hooks, run at prerender time: Paraglide resolves the locale from the URL for everything rendered in
 * this request (getLocale() in components), and `<html lang>` is filled in (app.html has a placeholder).
 */
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});
