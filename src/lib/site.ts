/**
 * The atlas's public address, when the build knows it: `SITE_URL=https://… npm run build` (see README). Links
 * that must be absolute to mean anything (hreflang alternates, og:url, og:image) are written only then; a
 * relative one is invalid in those places, so without the setting they are left out rather than written wrong.
 */

import { parseSiteUrl } from './siteUrl';

export const SITE: URL | null = parseSiteUrl(import.meta.env.SITE_URL);

/** The absolute address of an app path ('/fr/city/cork/'), or null when the site's address is unknown. */
export function absoluteUrl(path: string, site: URL | null = SITE): string | null {
	return site ? new URL(path.replace(/^\//, ''), site).href : null;
}
