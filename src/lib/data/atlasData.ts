/**
 * The atlas page's data: the goals, and the cities and the book as its first view needs them (./summary.ts).
 * A city's details are fetched when it is opened (./details.ts). On the server it is projected from the files;
 * in the browser it is the page's island (a whole-dataset island, met after arriving from another page, holds
 * all of this too).
 */
import { datasetFromFiles } from './bundled';
import { pageIsland } from './island';
import type { AtlasData } from './schema';
import { atlasDataOf } from './summary';

export const atlasData: AtlasData = import.meta.env.SSR ? atlasDataOf(datasetFromFiles()) : (pageIsland().value as AtlasData);

export const summaryById = new Map(atlasData.cities.map((c) => [c.id, c]));
