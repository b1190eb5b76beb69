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

/** adapter-static's output: the site. */
export const siteDir = benchDir ?? 'build';

/**
 * Kit's `outDir`. The e2e suite's sub-path build (`npm run build:base`: BASE_PATH=/atlas into build-base/) has
 * its own, `.svelte-kit-build-base`, so that `vite preview` can serve it beside the production build.
 */
export const kitDir = !benchDir ? '.svelte-kit' : process.env.ATLAS_DATA_ROOT ? '.svelte-kit-bench' : `.svelte-kit-${benchDir.replace(/^.*\//, '')}`;
