/**
 * What the build prerenders, decided here and only here (read by svelte.config.js and, for the city routes'
 * `entries()`, by vite.config.ts).
 *
 * The production build (the twelve cities in `data/`) prerenders every page in three languages, crawled and
 * listed, and adapter-static's strict check makes sure nothing is left out.
 *
 * A bench build from another data root (ATLAS_DATA_ROOT set: `npm run bench`'s 10,000 generated cities) only
 * needs what the bench opens: the atlas in its three languages and what those pages load (the built assets, the
 * network's file that its scopes beyond the book fetch, and the static world map behind `<noscript>`). Every page but the atlas carries the whole dataset in its
 * data island, so a page per city and language would be 30,000 pages of megabytes each: that build ran 16 minutes and was
 * stopped. So there the city routes list no entries, nothing is crawled, and the routes left unrendered on
 * purpose are neither an error for Kit nor for adapter-static.
 */
const benchBuild = Boolean(process.env.ATLAS_DATA_ROOT);

/** Whether the city routes' `entries()` list every city (false: none). */
export const prerenderCityPages = !benchBuild;

/** adapter-static's `strict`: fail the build when a page is not prerendered. */
export const strictPrerender = !benchBuild;

/**
 * Kit's `prerender` options for this build.
 * @param {string[]} unlinked production pages no link reaches (see svelte.config.js)
 * @returns {import('@sveltejs/kit').KitConfig['prerender']}
 */
export function prerenderOptions(unlinked) {
	return benchBuild
		? { entries: ['/', '/fr/', '/es/', '/map/world.svg', '/network.json'], crawl: false, handleUnseenRoutes: 'ignore' }
		: { entries: ['*', .../** @type {`/${string}`[]} */ (unlinked)] };
}
