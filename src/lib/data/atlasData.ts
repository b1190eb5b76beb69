/**
 * The atlas page's data: the goals, and the cities and the book as its first view needs them (./summary.ts).
 * A city's details are fetched when it is opened (./details.ts). On the server it is projected from the files;
 * in the browser it is the page's island (a whole-dataset island, met after arriving from another page, holds
 * all of this too). Like the dataset, it reads in the page's language (./localise.ts).
 */
import { datasetFromFiles } from './bundled';
import { pageIsland } from './island';
import { allNames, datasetIn, perLocale } from './localise';
import type { AtlasData, CitySummary } from './schema';
import { atlasDataOf } from './summary';
import type { Locale } from './vocabulary';

const server = new Map<Locale, { data: AtlasData; byId: Map<string, CitySummary> }>();
/** The atlas page's data in `locale`, on the server (made once per language). */
export function atlasDataIn(locale: Locale): AtlasData {
	return serverAtlas(locale).data;
}
function serverAtlas(locale: Locale) {
	let entry = server.get(locale);
	if (!entry) {
		const files = datasetFromFiles();
		const data = atlasDataOf(datasetIn(files, locale), new Map(files.cities.map((c) => [c.id, allNames(c)])));
		server.set(locale, (entry = { data, byId: new Map(data.cities.map((c) => [c.id, c])) }));
	}
	return entry;
}

export const atlasData: AtlasData = import.meta.env.SSR ? perLocale(atlasDataIn) : (pageIsland().value as AtlasData);

export const summaryById = import.meta.env.SSR
	? perLocale((l) => serverAtlas(l).byId)
	: new Map(atlasData.cities.map((c) => [c.id, c]));
