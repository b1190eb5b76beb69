/**
 * The atlas's public address, when the build knows it: `SITE_URL=https://… npm run build` (see README). Links
 * that must be absolute to mean anything (hreflang alternates, og:url, og:image) are written only then; a
 * relative one is invalid in those places, so without the setting they are left out rather than written wrong.
 */

import { base } from '$app/paths';
import { parseSiteUrl } from './siteUrl';

export const SITE: URL | null = parseSiteUrl(import.meta.env.SITE_URL);

/**
 * The absolute address of a path on the site ('/fr/city/cork/', or with the base path in front as links and
 * `page.url` have it: SITE_URL already ends with it), or null when the site's address is unknown.
 */
export function absoluteUrl(path: string, site: URL | null = SITE, basePath: string = base): string | null {
	const inSite = basePath && (path === basePath || path.startsWith(`${basePath}/`)) ? path.slice(basePath.length) : path;
	return site ? new URL(inSite.replace(/^\//, ''), site).href : null;
}
