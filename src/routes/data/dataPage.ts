/**
 * What the Data page lists, in one language: each file's address, saved name and size, the data dictionary and
 * the citations. Computed when the site is prerendered, into a file per language (page.[locale].json) that the
 * page's load fetches: the network's records and the column definitions stay out of the page's JavaScript, and
 * the site has no server load, whose client half (decoding Kit's data files) every page would otherwise carry.
 */
import { datasetFromFiles } from '$lib/data/bundled';
import { networkFromFiles } from '$lib/data/networkFile';
import type { Locale } from '$lib/data/schema';
import { formatDate } from '$lib/i18n/formatMore';
import { m } from '$lib/paraglide/messages';
import { SITE } from '$lib/site';
import { atlasApa, atlasBibtex, atlasRis, bookApa, bookBibtex, bookRis, type AtlasWork } from '$lib/share/cite';
import { dictionary, fileCounts, fileTitles } from '$lib/share/downloads';

export type DataPage = ReturnType<typeof dataPage>;

export function dataPage(locale: Locale) {
	const records = { dataset: datasetFromFiles(), network: networkFromFiles() };
	const counts = fileCounts(records);
	const name = (id: keyof typeof fileTitles, ext: string) => `${fileTitles[id].name[locale]}.${ext}`;
	const csv = (id: 'cities' | 'scores' | 'network' | 'dictionary') => ({
		id,
		title: fileTitles[id].title[locale],
		href: `/data/${id}.${locale}.csv`,
		filename: name(id, 'csv'),
		format: 'CSV',
		count: counts[id],
		unit: 'rows' as const
	});
	const files = [
		csv('cities'),
		csv('scores'),
		csv('network'),
		{ id: 'geojson', title: fileTitles.geojson.title[locale], href: '/data/network.geojson', filename: name('geojson', 'geojson'), format: 'GeoJSON', count: counts.geojson, unit: 'points' as const },
		csv('dictionary'),
		{ id: 'json', title: fileTitles.json.title[locale], href: '/data/learning-cities.json', filename: name('json', 'json'), format: 'JSON', count: null, unit: null }
	];
	const date = new Date().toISOString().slice(0, 10);
	const atlas: AtlasWork = {
		name: m.site_name({}, { locale }),
		authors: m.cite_atlas_authors({}, { locale }),
		kind: m.cite_atlas_kind({}, { locale }),
		url: SITE?.href ?? null,
		date,
		dateText: formatDate(date, locale)
	};
	const book = records.dataset.publication;
	return {
		files,
		unplaced: counts.network - counts.geojson,
		dictionary: dictionary().map(({ file, columns }) => ({
			file,
			title: fileTitles[file].title[locale],
			columns: columns.map((c) => ({ header: c.header[locale], meaning: c.meaning[locale] }))
		})),
		citations: [
			{ id: 'atlas', apa: atlasApa(atlas, locale), bibtex: atlasBibtex(atlas, locale), ris: atlasRis(atlas, locale) },
			{ id: 'book', apa: bookApa(book, locale), bibtex: bookBibtex(book, locale), ris: bookRis(book, locale) }
		],
		hasAddress: atlas.url !== null
	};
}
