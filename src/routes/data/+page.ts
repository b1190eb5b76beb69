// The Data page's contents, from the file prerendered for its language (page.[locale].json): at prerender time the
// response is written into the page, so hydrating it fetches nothing.
import { base } from '$app/paths';
import { currentLocale } from '$lib/i18n/locale';
import type { DataPage } from './dataPage';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch(`${base}/data/page.${currentLocale()}.json`);
	if (!response.ok) throw new Error(`The Data page's contents could not be loaded (${response.status})`);
	return (await response.json()) as DataPage;
};
