// The Data page's contents in each language (see ../dataPage.ts), prerendered as a file its load fetches.
import { error } from '@sveltejs/kit';
import { LOCALES } from '$lib/data/schema';
import { dataPage } from '../dataPage';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => LOCALES.map((locale) => ({ locale }));

export const GET: RequestHandler = ({ params }) => {
	const locale = LOCALES.find((l) => l === params.locale);
	if (!locale) error(404, 'No such language');
	return Response.json(dataPage(locale));
};
