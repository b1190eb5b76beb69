/**
 * The sub-path the site is served under: `BASE_PATH=/atlas npm run build` for a site at https://example.org/atlas/.
 * Read here and only here (svelte.config.js gives it to Kit as `paths.base`, project.inlang/paraglide.config.js
 * puts it in front of the language prefixes, vite.config.ts checks SITE_URL against it). Plain JavaScript, as
 * those configuration files load it without a bundler.
 */

/**
 * The checked path: '' for the root of the domain, else '/atlas' (a leading slash, no trailing one, as Kit's
 * `paths.base` must be). A mistyped value fails the build with what was expected rather than a site whose links
 * point elsewhere.
 * @param {string | undefined} raw
 * @returns {'' | `/${string}`}
 */
export function parseBasePath(raw) {
	if (!raw || raw === '/') return '';
	if (!raw.startsWith('/'))
		throw new Error(`BASE_PATH must start with a slash, such as BASE_PATH=/atlas, got "${raw}"`);
	if (raw.endsWith('/'))
		throw new Error(`BASE_PATH must not end with a slash: BASE_PATH=${raw.replace(/\/+$/, '')}, got "${raw}"`);
	if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(raw) || raw.split('/').some((s) => s === '.' || s === '..'))
		throw new Error(
			`BASE_PATH must be a plain path of letters, digits, '-', '_', '.' or '~' between slashes, such as /atlas or /learning/atlas, got "${raw}"`
		);
	return /** @type {`/${string}`} */ (raw);
}

/**
 * SITE_URL, when set, is the public address of the site, so its path must end with the base path: a
 * SITE_URL of https://example.org/ with BASE_PATH=/atlas would write every absolute link (hreflang, og:url, the
 * closing slide's QR code) to pages that are not there.
 * @param {URL | null} site the parsed SITE_URL (ending in '/'), or null
 * @param {string} base the parsed base path
 */
export function checkSiteUrlAgainstBase(site, base) {
	if (site && !site.pathname.endsWith(`${base}/`))
		throw new Error(
			`SITE_URL must end with BASE_PATH: the site is built to be served under ${base}/, but SITE_URL is ${site.href}` +
				` (set SITE_URL=${new URL(`${base.slice(1)}/`, site.origin + '/').href}, or leave BASE_PATH out)`
		);
}

export const basePath = parseBasePath(process.env.BASE_PATH);
