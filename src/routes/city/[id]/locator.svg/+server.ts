// Each city page's locator map as a static image.
import { error } from '@sveltejs/kit';
import { cityById, dataset } from '$lib/data/dataset';
import LocatorMap from '$lib/map/LocatorMap.svelte';
import { svgResponse, worldTopology } from '$lib/map/svgFile';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	import.meta.env.PRERENDER_CITY_PAGES ? dataset.cities.map((c) => ({ id: c.id })) : [];

export const GET: RequestHandler = ({ params }) => {
	const city = cityById.get(params.id);
	if (!city) error(404, 'No such city');
	return svgResponse(LocatorMap, { topology: worldTopology, city });
};
