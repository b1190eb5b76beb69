/**
 * The atlas page's first view, projected from the dataset (at build time): each city's summary (its place and
 * five scores: `CitySummary` in the schema) and the book's title and credit. Everything else of a city goes
 * into its details file, one per city and language, fetched when the city is opened (./details.ts).
 */
import { toIsland } from './island';
import { cityIn } from './localise';
import type { AtlasData, City, CitySummary, Dataset } from './schema';
import { CITY_SUMMARY_KEYS, GOAL_IDS, PUBLICATION_SUMMARY_KEYS, SCORE_SUMMARY_KEYS, type Locale } from './vocabulary';

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
	return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

export function citySummary(city: City): CitySummary {
	return {
		...pick(city, CITY_SUMMARY_KEYS),
		goals: Object.fromEntries(GOAL_IDS.map((id) => [id, pick(city.goals[id], SCORE_SUMMARY_KEYS)])) as CitySummary['goals']
	};
}

export function atlasDataOf(dataset: Dataset): AtlasData {
	return {
		goals: dataset.goals,
		cities: dataset.cities.map(citySummary),
		publication: pick(dataset.publication, PUBLICATION_SUMMARY_KEYS)
	};
}

/**
 * A city's details file in `locale`: the city's whole record, its texts in that language only, in the island's
 * format (read back by ./details.ts `parseDetails`, so components keep calling `tr(text, locale)`), its name in
 * that language. `city` as in the files: the details route's URL has no language prefix, so it runs in English.
 */
export function detailsFile(city: City, locale: Locale): string {
	return toIsland(cityIn(city, locale), locale);
}
