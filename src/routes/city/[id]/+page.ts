import { error } from '@sveltejs/kit';
import { cityById, dataset } from '$lib/data/dataset';
import type { EntryGenerator, PageLoad } from './$types';

/** One page per city; the French and Spanish pages are found through each page's language links. */
export const entries: EntryGenerator = () =>
	import.meta.env.PRERENDER_CITY_PAGES ? dataset.cities.map((c) => ({ id: c.id })) : [];

export const load: PageLoad = ({ params }) => {
	const index = dataset.cities.findIndex((c) => c.id === params.id);
	if (index < 0) error(404, 'No such city');
	const n = dataset.cities.length;
	return {
		city: cityById.get(params.id)!,
		previous: dataset.cities[(index - 1 + n) % n]!,
		next: dataset.cities[(index + 1) % n]!
	};
};
