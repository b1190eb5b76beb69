/**
 * The atlas page's first view, projected from the dataset (at build time): each city's summary (its place and
 * five scores: `CitySummary` in the schema) and the book's title and credit. Everything else of a city goes
 * into its details file, one per city and language, fetched when the city is opened (./details.ts).
 */
import { toIsland } from './island';
import { allNames, cityIn } from './localise';
import type { AtlasData, City, CitySummary, Dataset } from './schema';
import { CITY_SUMMARY_KEYS, GOAL_IDS, PUBLICATION_SUMMARY_KEYS, SCORE_SUMMARY_KEYS, type Locale } from './vocabulary';

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
	return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

/**
 * `names`: every form of the city's names (./localise.ts `allNames`), from the city as in the files; the city
 * given here may already be in the page's language, which has lost its English forms.
 */
export function citySummary(city: City, names: readonly string[] = allNames(city)): CitySummary {
	return {
		...pick(city, CITY_SUMMARY_KEYS),
		aka: names.filter((name) => name !== city.name),
		goals: Object.fromEntries(GOAL_IDS.map((id) => [id, pick(city.goals[id], SCORE_SUMMARY_KEYS)])) as CitySummary['goals']
	};
}

/** `names`: each city's `allNames` by id, when `dataset` is already in one language (its English forms lost). */
export function atlasDataOf(dataset: Dataset, names?: ReadonlyMap<string, readonly string[]>): AtlasData {
	return {
		goals: dataset.goals,
		cities: dataset.cities.map((city) => citySummary(city, names?.get(city.id))),
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
