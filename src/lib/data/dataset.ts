/**
 * The dataset as the app reads it. `data/` is validated against the schema when the build starts
 * (vite plugin in ./vitePlugin.ts), so here the files are only assembled and typed.
 *
 * On the server (prerendering, and the unit tests) it is read from the files, in all three languages. In the
 * browser it is read from the page's data island (./island.ts), in the page's language: the client bundle carries
 * no data at all (the branch below is removed from it at build time).
 */
// $data is data/ (or another data directory for the bench's scale build; see svelte.config.js).
import goals from '$data/goals.json';
import publication from '$data/publication.json';
import { fromIsland, ISLAND_ID } from './island';
import type { City, Dataset, Goal, Publication } from './schema';

function fromFiles(): Dataset {
	const cityFiles = import.meta.glob<City>('$data/cities/*.json', { eager: true, import: 'default' });
	return {
		goals: goals as unknown as Goal[],
		publication: publication as unknown as Publication,
		cities: Object.values(cityFiles).sort((a, b) => a.name.localeCompare(b.name, 'en'))
	};
}

function fromPage(): Dataset {
	const island = document.getElementById(ISLAND_ID);
	if (!island?.textContent) throw new Error(`This page has no #${ISLAND_ID} data: the atlas cannot start.`);
	return fromIsland(island.textContent) as Dataset;
}

export const dataset: Dataset = import.meta.env.SSR ? fromFiles() : fromPage();

export const cityById = new Map(dataset.cities.map((c) => [c.id, c]));
