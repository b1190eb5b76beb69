/**
 * The Data page's files, prerendered from `data/` (so the service worker precaches them with the pages): each CSV
 * in each language (`cities.fr.csv`), the network as GeoJSON and everything as one JSON file.
 */
import { error } from '@sveltejs/kit';
import { datasetFromFiles } from '$lib/data/bundled';
import { networkFromFiles } from '$lib/data/networkFile';
import { LOCALES, type Locale } from '$lib/data/vocabulary';
import { DATA_LICENCE } from '$lib/share/cite';
import {
	citiesCsvFile,
	dictionaryCsv,
	everythingJson,
	FILE_IDS,
	networkCsvFile,
	networkGeoJson,
	scoresCsvFile,
	type FileId,
	type Records
} from '$lib/share/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const records = (): Records => ({ dataset: datasetFromFiles(), network: networkFromFiles() });

const csv: Record<FileId, (records: Records, locale: Locale) => string> = {
	cities: citiesCsvFile,
	scores: scoresCsvFile,
	network: networkCsvFile,
	dictionary: (_, locale) => dictionaryCsv(locale)
};

export const entries: EntryGenerator = () => [
	...FILE_IDS.flatMap((id) => LOCALES.map((locale) => ({ file: `${id}.${locale}.csv` }))),
	{ file: 'network.geojson' },
	{ file: 'learning-cities.json' }
];

export const GET: RequestHandler = ({ params }) => {
	if (params.file === 'network.geojson')
		return new Response(`${JSON.stringify(networkGeoJson(records()))}\n`, { headers: { 'content-type': 'application/geo+json' } });
	if (params.file === 'learning-cities.json')
		return new Response(everythingJson(records(), DATA_LICENCE), { headers: { 'content-type': 'application/json' } });
	const [, id, locale] = /^([a-z]+)\.([a-z]{2})\.csv$/.exec(params.file) ?? [];
	const file = FILE_IDS.find((f) => f === id);
	const language = LOCALES.find((l) => l === locale);
	if (!file || !language) error(404, 'No such file');
	return new Response(csv[file](records(), language), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
