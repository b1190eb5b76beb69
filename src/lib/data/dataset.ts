/**
 * The dataset as the app reads it. `data/` is validated against the schema when the build starts
 * (vite plugin in ./vitePlugin.ts), so here the files are only assembled and typed.
 */
// $data is data/ (or another data directory for the bench's scale build; see svelte.config.js).
import goals from '$data/goals.json';
import publication from '$data/publication.json';
import type { City, Dataset, Goal, Publication } from './schema';

const cityFiles = import.meta.glob<City>('$data/cities/*.json', { eager: true, import: 'default' });

export const dataset: Dataset = {
	goals: goals as unknown as Goal[],
	publication: publication as unknown as Publication,
	cities: Object.values(cityFiles).sort((a, b) => a.name.localeCompare(b.name, 'en'))
};

export const cityById = new Map(dataset.cities.map((c) => [c.id, c]));
