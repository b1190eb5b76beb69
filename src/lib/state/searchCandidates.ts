/** The atlas's cities as the search's candidates (./search.ts): in the page's language, with all their names. */
import { allNames } from '$lib/data/localise';
import type { City, CitySummary } from '$lib/data/schema';
import { LOCALES, type Locale } from '$lib/data/vocabulary';
import { countryName } from '$lib/i18n/format';
import type { SearchCandidate } from './search';

/**
 * `cities` from the atlas's island carry their other names (`aka`). An atlas reached from another page reads that
 * page's island, the whole dataset, whose cities have their forms in `names` and `officialNames` instead (all but
 * the English ones, on a French or Spanish page).
 */
export function cityCandidates(cities: readonly (CitySummary & Partial<Pick<City, 'names' | 'officialName' | 'officialNames'>>)[], locale: Locale): SearchCandidate[] {
	return cities.map((city) => ({
		id: city.id,
		name: city.name,
		names: city.aka ?? allNames(city),
		hint: countryName(city.iso2, locale),
		// "mexique" finds Mexico City on every page.
		places: LOCALES.map((l) => countryName(city.iso2, l))
	}));
}
