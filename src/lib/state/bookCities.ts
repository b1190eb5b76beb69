/**
 * The book's twelve as the scope's cities before the network's data has loaded: the atlas's first view. The rest
 * of the scopes' cities (./scopeCities.ts) arrives with the network's data.
 */
import type { CitySummary } from '$lib/data/schema';
import { LOCALES, type Locale } from '$lib/data/vocabulary';
import type { ScopeCity } from './scopeCities';

/** One of the twelve without the network's record: its name in every language is the book's. */
export function bookCityAlone(summary: CitySummary): ScopeCity {
	return {
		id: summary.id,
		name: summary.name,
		names: Object.fromEntries(LOCALES.map((l) => [l, summary.name])) as Record<Locale, string>,
		iso2: summary.iso2,
		country: summary.iso2,
		region: summary.region,
		lat: summary.lat,
		lon: summary.lon,
		joined: null,
		awards: [2015],
		goals: summary.goals,
		member: null,
		book: true
	};
}
