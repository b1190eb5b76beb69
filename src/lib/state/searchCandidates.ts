/** The atlas's cities as the search's candidates (./search.ts): in the page's language, with all their names. */
import { allNames } from '$lib/data/localise';
import type { City, CitySummary } from '$lib/data/schema';
import { LOCALES, type Locale } from '$lib/data/vocabulary';
import { countryName } from '$lib/i18n/format';
import type { ScopeCity } from './scopeCities';
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

/**
 * The cities of a network scope as candidates: each member by its names in the three languages and its country's;
 * the book's twelve among them keep every name the book's data gives them (`book`, from `cityCandidates`).
 */
export function scopeCandidates(cities: readonly ScopeCity[], book: readonly SearchCandidate[], locale: Locale): SearchCandidate[] {
	const twelve = new Map(book.map((c) => [c.id, c]));
	return cities.map((city) => {
		const own = twelve.get(city.id);
		const names = [...new Set([...(own?.names ?? []), ...Object.values(city.names)])].filter((n) => n !== city.name);
		return {
			id: city.id,
			name: city.name,
			names,
			hint: countryName(city.iso2, locale),
			places: LOCALES.map((l) => countryName(city.iso2, l))
		};
	});
}
