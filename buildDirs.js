/**
 * Where a build writes, decided here and only here (read by svelte.config.js, and by the prerender step that reads
 * the client build's manifest: src/lib/map/prefetch.server.ts).
 *
 * The production build writes Kit's working directory `.svelte-kit` (whose output `vite preview` serves) and
 * `build/`. A bench build from another data root (ATLAS_BUILD_DIR set: `npm run bench`'s 10,000 generated cities)
 * writes its site to ATLAS_BUILD_DIR and works in `.svelte-kit-bench`, so it never replaces the production build's
 * output: it used to, and `npm run preview` then showed 10,000 generated cities until the next build. (Kit's
 * directory stays inside the project: its server code imports the project's packages.)
 */
const benchDir = process.env.ATLAS_BUILD_DIR;
/**
 * One language's build (deploy/build.js builds each language's client on its own, then merges them): the other
 * languages' builds write beside the site, `build.fr/` and `.svelte-kit-fr/`, and their pages are merged into it.
 */
const variant = process.env.ATLAS_LOCALE_VARIANT;
/** @param {string} dir @param {string} sep */
const suffix = (dir, sep) => (variant ? `${dir}${sep}${variant}` : dir);

/** adapter-static's output: the site. */
export const siteDir = suffix(benchDir ?? 'build', '.');

/**
 * Kit's `outDir`. The e2e suite's sub-path build (`npm run build:base`: BASE_PATH=/atlas into build-base/) has
 * its own, `.svelte-kit-build-base`, so that `vite preview` can serve it beside the production build.
 */
export const kitDir = suffix(!benchDir ? '.svelte-kit' : process.env.ATLAS_DATA_ROOT ? '.svelte-kit-bench' : `.svelte-kit-${benchDir.replace(/^.*\//, '')}`, '-');
