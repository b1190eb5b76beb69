/**
 * The whole dataset as the app reads it: every page but the atlas (city pages, the deck, method, about, the
 * build's own routes). `data/` is validated against the schema when the build starts (vite plugin in
 * ./vitePlugin.ts), so here the files are only assembled and typed.
 *
 * On the server (prerendering, and the unit tests) it is read from the files, in all three languages. In the
 * browser it is read from the page's data island (./island.ts), in the page's language: the client bundle carries
 * no data at all (the server branch is removed from it at build time). Either way it reads in one language: its
 * proper names (a city's name, the publisher) are the page's forms (./localise.ts), its cities in the page's
 * alphabetical order; prose stays `Text`, read with `tr()`. The atlas page's island holds only its
 * first view (./atlasData.ts); links leave the atlas with a full page load, so no page reads the whole dataset
 * from it, and one that tried would stop here with a clear error rather than show half a city.
 */
import { datasetFromFiles } from './bundled';
import { pageIsland } from './island';
import { datasetIn, perLocale } from './localise';
import type { Dataset } from './schema';

function fromPage(): Dataset {
	const { scope, value } = pageIsland();
	if (scope !== 'full') throw new Error('This page carries the atlas summary only, not the whole dataset.');
	return value as Dataset;
}

const byId = (dataset: Dataset) => new Map(dataset.cities.map((c) => [c.id, c]));

export const dataset: Dataset = import.meta.env.SSR ? perLocale((l) => datasetIn(datasetFromFiles(), l)) : fromPage();

const serverById = new Map<string, ReturnType<typeof byId>>();
export const cityById = import.meta.env.SSR
	? perLocale((l) => serverById.get(l) ?? serverById.set(l, byId(datasetIn(datasetFromFiles(), l))).get(l)!)
	: byId(dataset);
