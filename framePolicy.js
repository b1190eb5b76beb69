/**
 * Who may show the site in a frame. A <meta> CSP cannot say it (browsers ignore frame-ancestors there), so the
 * host sends it as a header: `vite preview` does (vite.config.ts), and a deployment's server configuration must
 * write the same (svelte.config.js re-exports this for it). The embeds are made to be framed by any site; every
 * other page only by the site itself, against clickjacking.
 * @param {string} pathname
 */
export function frameAncestors(pathname) {
	const path = pathname.replace(/^\/(?:fr|es)(?=\/)/, '');
	return path === '/embed' || path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'";
}
