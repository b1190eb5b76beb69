/**
 * The 404 page a static host serves for any address it lacks: prerendered as /404.html, /fr/404.html and
 * /es/404.html (GitHub Pages and Netlify serve the root one, Cloudflare Pages the nearest one up the path).
 * It is served at the missing address, at any depth, so it runs no script (its relative script paths would point
 * nowhere there) and its page fixes its base URL (see +page.svelte).
 */
export const trailingSlash = 'never';
export const csr = false;
