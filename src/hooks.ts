/**
 * Universal hooks. `reroute` maps a localized URL to the route that renders it (/fr/city/cork/ -> /city/cork/),
 * so one set of routes serves all three languages; `page.url` keeps the localized URL.
 */
import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
