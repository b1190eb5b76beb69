/** Reading the SITE_URL setting; no Vite in here, as vite.config.ts uses it too (see ./site.ts). */

/** The address as a URL ending in '/', or null when unset; anything but an http(s) address is an error. */
export function parseSiteUrl(raw: string | undefined): URL | null {
	if (!raw) return null;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`SITE_URL must be an absolute http(s) address such as https://atlas.example.org/, got "${raw}"`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`SITE_URL must be an http(s) address, got "${raw}"`);
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url;
}
