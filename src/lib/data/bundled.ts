/**
 * The dataset read from `data/` at build time (prerendering, and the unit tests), in all three languages.
 * Server only: the browser reads the page's data island instead (./dataset.ts, ./atlasData.ts), and this module
 * leaves the client bundle because only their server branches call it.
 */
// $data is data/ (or another data directory for the bench's scale build; see svelte.config.js).
import goals from '$data/goals.json';
import publication from '$data/publication.json';
import type { City, Dataset, Goal, Publication } from './schema';

let files: Dataset | undefined;

export function datasetFromFiles(): Dataset {
	if (files) return files;
	const cityFiles = import.meta.glob<City>('$data/cities/*.json', { eager: true, import: 'default' });
	files = {
		goals: goals as unknown as Goal[],
		publication: publication as unknown as Publication,
		cities: Object.values(cityFiles).sort((a, b) => a.name.localeCompare(b.name, 'en'))
	};
	return files;
}
