/**
 * The cities of a scope as every view reads them (map, list, search, counts): one record per city, the book's
 * twelve under their case-study id (so choosing one anywhere opens its full case study), every other member
 * under its network id. Pure, so the unit tests check it against the data. Read only once the network's data is
 * here, and fetched with it (./beyondBook.ts): until then the scope is the book's (./bookCities.ts).
 */
import type { NetworkData, NetworkMember } from '$lib/data/network';
import type { CitySummary } from '$lib/data/schema';
import { LOCALES, type Locale, type RegionId } from '$lib/data/vocabulary';
import type { Scores } from './filter';
import { bookCityAlone } from './bookCities';
import type { Filterable, NetworkFilter, Scope } from './networkFilter';
import { inScope, memberMatches } from './networkMatch';

export interface ScopeCity extends Filterable {
	id: string;
	/** The name in the page's language. */
	name: string;
	/** The name in every language (the same string where the data gives no other form): for search. */
	names: Readonly<Record<Locale, string>>;
	/** ISO 3166-1 alpha-2, as `country`: the list's name for it comes from Intl.DisplayNames. */
	iso2: string;
	region: RegionId;
	lat: number | null;
	lon: number | null;
	/** The goal scores: the book's twelve only. */
	goals?: Scores;
	/** The network's record (null for the twelve before the network has loaded). */
	member: NetworkMember | null;
	/** One of the book's twelve. */
	book: boolean;
}

const allNames = (name: string, names: NetworkMember['names']): Record<Locale, string> =>
	Object.fromEntries(LOCALES.map((l) => [l, (l === 'en' ? undefined : names?.[l]) ?? name])) as Record<Locale, string>;

/** A member as a scope's city; a case study keeps the book's id, name and scores. */
export function memberCity(member: NetworkMember, locale: Locale, book: ReadonlyMap<string, CitySummary>): ScopeCity {
	const summary = member.caseStudy ? book.get(member.caseStudy) : undefined;
	const names = allNames(member.name, member.names);
	return {
		id: summary?.id ?? member.id,
		name: summary?.name ?? names[locale],
		names,
		iso2: member.country,
		country: member.country,
		region: member.region,
		lat: summary?.lat ?? member.lat,
		lon: summary?.lon ?? member.lon,
		joined: member.joined,
		awards: member.awards,
		goals: summary?.goals,
		member,
		book: summary !== undefined
	};
}

/** The book's twelve, from the page's first view (with the network's record when it has loaded). */
export function bookCity(summary: CitySummary, locale: Locale, member: NetworkMember | undefined): ScopeCity {
	return member ? memberCity(member, locale, new Map([[summary.id, summary]])) : bookCityAlone(summary);
}

/** Every city of a scope, in the page language's alphabetical order. */
export function citiesInScope(
	scope: Scope,
	book: readonly CitySummary[],
	members: readonly NetworkMember[] | null,
	locale: Locale
): ScopeCity[] {
	const byBookId = new Map(book.map((c) => [c.id, c]));
	if (scope === 'book' || !members) {
		const records = new Map((members ?? []).filter((m) => m.caseStudy).map((m) => [m.caseStudy!, m]));
		return book.map((c) => bookCity(c, locale, records.get(c.id)));
	}
	const collator = new Intl.Collator(locale);
	return members
		.filter((m) => inScope(m, scope))
		.map((m) => memberCity(m, locale, byBookId))
		.sort((a, b) => collator.compare(a.name, b.name));
}

/** The cities of the scope the filters keep (the book's scope has no filters): a new list each time. */
export function citiesShown(cities: readonly ScopeCity[], filter: NetworkFilter): ScopeCity[] {
	return filter.scope === 'book' ? cities.slice() : cities.filter((c) => memberMatches(c, filter));
}

/** The values of a link the network does not have (an edition, a country, a city), as the change that drops them. */
export function unknownLinkValues(view: NetworkFilter & { city: string | null }, data: NetworkData, cities: readonly ScopeCity[]) {
	const fixes: Partial<Pick<NetworkFilter, 'award' | 'country'> & { city: null }> = {};
	if (view.award !== null && !data.editions.awards.some((a) => a.year === view.award)) fixes.award = null;
	if (view.country !== null && !cities.some((c) => c.country === view.country)) fixes.country = null;
	if (view.city !== null && !cities.some((c) => c.id === view.city)) fixes.city = null;
	return fixes;
}
