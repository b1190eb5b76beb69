// Each city's details in each language, as a file the atlas fetches when the city is opened (see $lib/data/details).
import { error } from '@sveltejs/kit';
import { cityById, dataset } from '$lib/data/dataset';
import { LOCALES, type Locale } from '$lib/data/schema';
import { detailsFile } from '$lib/data/summary';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	import.meta.env.PRERENDER_CITY_PAGES ? dataset.cities.flatMap((c) => LOCALES.map((locale) => ({ id: c.id, locale }))) : [];

export const GET: RequestHandler = ({ params }) => {
	const city = cityById.get(params.id);
	const locale = LOCALES.find((l) => l === params.locale);
	if (!city || !locale) error(404, 'No such city details');
	return new Response(detailsFile(city, locale satisfies Locale), { headers: { 'content-type': 'application/json' } });
};
