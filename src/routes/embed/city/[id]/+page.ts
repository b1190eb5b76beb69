import { error } from '@sveltejs/kit';
import { cityById, dataset } from '$lib/data/dataset';
import type { EntryGenerator, PageLoad } from './$types';

/** One card per city; the French and Spanish ones are listed in svelte.config.js (no link reaches them). */
export const entries: EntryGenerator = () => (import.meta.env.PRERENDER_CITY_PAGES ? dataset.cities.map((c) => ({ id: c.id })) : []);

export const load: PageLoad = ({ params }) => {
	const city = cityById.get(params.id);
	if (!city) error(404, 'No such city');
	return { city };
};
