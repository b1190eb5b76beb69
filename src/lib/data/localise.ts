/**
 * Proper names in the reader's language. Prose is a `Text` ({en, fr, es}) that components read with `tr()`; a
 * name is one string (`city.name`, `city.officialName`, a programme's `name`, `publication.publisher`), given in
 * the files as written with the French and Spanish forms that differ beside it (`names`, `officialNames`,
 * `publisherNames`: see the schema for the rules). The
 * data layer hands every page the dataset with those names already in the page's language, so the map's labels,
 * the list, the panel, titles, the deck, exports and every later view print `city.name` and `programme.name` and
 * are right without choosing a language themselves.
 *
 * In the browser the page's island is written this way (hooks.server.ts); on the server, while a page is
 * prerendered, `dataset` and `atlasData` answer in the language of the page being rendered (`perLocale`).
 */
import type { City, Dataset, LocalNames, Programme } from './schema';
import { LOCALES, type Locale } from './vocabulary';

/** `name` in `locale`: its form there when the data gives one, else the name as written. */
export function localName(name: string, names: LocalNames | undefined, locale: Locale): string {
	return (locale === 'en' ? undefined : names?.[locale]) ?? name;
}

export function cityName(city: Pick<City, 'name' | 'names'>, locale: Locale): string {
	return localName(city.name, city.names, locale);
}

/**
 * Every form of a city's name and official name in the three languages (Mexico City, Mexico, Ciudad de México,
 * Ciudad de México (Distrito Federal in 2015)...), each once: what finding the city by name matches. `city` as in
 * the files; a city already put into one language has lost its English forms, and gives the others.
 */
export function allNames(city: Pick<City, 'name' | 'names'> & Partial<Pick<City, 'officialName' | 'officialNames'>>): string[] {
	const { name, names, officialName, officialNames } = city;
	const forms = LOCALES.flatMap((l) => [localName(name, names, l), ...(officialName ? [localName(officialName, officialNames, l)] : [])]);
	return [...new Set(forms)];
}

/**
 * The programme with its name in `locale`. Where that differs from the name as written, the name as written goes
 * along (`nameAsWritten`): the deck file names programmes by it in every language (../presenter/slides.ts).
 */
export function programmeIn(programme: Programme, locale: Locale): Programme {
	const { nameAsWritten, ...record } = programme;
	const written = nameAsWritten ?? programme.name;
	const name = localName(written, programme.names, locale);
	return name === written ? { ...record, name } : { ...record, name, nameAsWritten: written };
}

/** The programme's name as written in its city's file, whatever language the programme has been put into. */
export function writtenName(programme: Programme): string {
	return programme.nameAsWritten ?? programme.name;
}

/** The city, as in the files (its names in English), with its names and its programmes' names in `locale`. */
export function cityIn(city: City, locale: Locale): City {
	return {
		...city,
		name: cityName(city, locale),
		officialName: localName(city.officialName, city.officialNames, locale),
		programmes: city.programmes.map((p) => programmeIn(p, locale))
	};
}

const named = new WeakMap<Dataset, Map<Locale, Dataset>>();

/** The dataset with its proper names in `locale`, the cities in that language's alphabetical order. Made once. */
export function datasetIn(dataset: Dataset, locale: Locale): Dataset {
	let byLocale = named.get(dataset);
	if (!byLocale) named.set(dataset, (byLocale = new Map()));
	let result = byLocale.get(locale);
	if (!result) {
		const collator = new Intl.Collator(locale);
		const { publication } = dataset;
		result = {
			goals: dataset.goals,
			cities: dataset.cities.map((c) => cityIn(c, locale)).sort((a, b) => collator.compare(a.name, b.name)),
			publication: { ...publication, publisher: localName(publication.publisher, publication.publisherNames, locale) }
		};
		byLocale.set(locale, result);
	}
	return result;
}

/** The language of the page the server is rendering; hooks.server.ts hands in Paraglide's (one per request). */
let serverLocale: () => Locale = () => 'en';

export function useServerLocale(get: () => Locale) {
	serverLocale = get;
}

/**
 * A value that is, on every read, `of(the page's language)`. The server renders the three languages' pages in
 * one process from one module graph, so a module-level `dataset` cannot be a plain object there; this stands in
 * for it (and for Maps: their methods are bound to the real Map), so the components' code is the same on the
 * server and in the browser.
 */
export function perLocale<T extends object>(of: (locale: Locale) => T): T {
	const target = () => of(serverLocale());
	return new Proxy({} as T, {
		get(_, key) {
			const t = target();
			const value: unknown = Reflect.get(t, key, t);
			return typeof value === 'function' ? value.bind(t) : value;
		},
		has: (_, key) => Reflect.has(target(), key),
		ownKeys: () => Reflect.ownKeys(target()),
		getOwnPropertyDescriptor(_, key) {
			const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
			// A proxy may not report a non-configurable property its own (empty) target lacks.
			return descriptor && { ...descriptor, configurable: true };
		}
	});
}
