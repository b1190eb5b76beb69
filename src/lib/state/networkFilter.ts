/**
 * What the map shows beyond the book: the scope (the book's twelve, the award winners, or every member the
 * data names), the network's filters (award edition, years joined, UNESCO region, country) and the year the
 * network is shown as it stood. Pure: the URL codec parses into it, the state and the tests ask it the same
 * questions (which members the filters keep is ./networkMatch.ts's, which comes with the network's data).
 * Parsing never throws: a value that is not well formed is dropped.
 */
import { REGION_IDS, type RegionId } from '$lib/data/vocabulary';

export const SCOPES = ['book', 'awards', 'network'] as const;
export type Scope = (typeof SCOPES)[number];

/** The first year of the network (the Beijing Declaration, 2013): no year control or filter goes before it. */
export const FIRST_YEAR = 2013;
const LAST_YEAR = 2100;

export interface NetworkFilter {
	scope: Scope;
	/** Only the cities that won the award in this edition (its year). */
	award: number | null;
	/** Joined in or after this year (a city whose join year is unknown is then left out). */
	from: number | null;
	/** Joined in or before this year. */
	to: number | null;
	region: RegionId | null;
	/** ISO 3166-1 alpha-2. */
	country: string | null;
	/** The network as it stood at the end of this year; null: as the data has it today. */
	year: number | null;
}

export const DEFAULT_NETWORK_FILTER: NetworkFilter = {
	scope: 'book',
	award: null,
	from: null,
	to: null,
	region: null,
	country: null,
	year: null
};

/** The filters only (not the scope): what "Clear" empties. */
export const NETWORK_FILTER_KEYS = ['award', 'from', 'to', 'region', 'country', 'year'] as const;

export function parseYear(value: string | null): number | null {
	if (value === null || !/^\d{4}$/.test(value)) return null;
	const year = Number(value);
	return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

export function parseScope(value: string | null): Scope {
	return value !== null && (SCOPES as readonly string[]).includes(value) ? (value as Scope) : 'book';
}

export function parseRegion(value: string | null): RegionId | null {
	return value !== null && (REGION_IDS as readonly string[]).includes(value) ? (value as RegionId) : null;
}

export function parseCountry(value: string | null): string | null {
	return value !== null && /^[A-Z]{2}$/.test(value) ? value : null;
}

/** The network's part of the view from the query string; in the book's scope the filters do not apply and are dropped. */
export function parseNetworkFilter(get: (key: string) => string | null): NetworkFilter {
	const scope = parseScope(get('scope'));
	if (scope === 'book') return DEFAULT_NETWORK_FILTER;
	let from = parseYear(get('from'));
	let to = parseYear(get('to'));
	if (from !== null && to !== null && from > to) [from, to] = [to, from];
	return {
		scope,
		award: parseYear(get('award')),
		from,
		to,
		region: parseRegion(get('region')),
		country: parseCountry(get('country')),
		year: parseYear(get('year'))
	};
}

/** The query-string pairs of the network's part of the view, defaults left out, in a fixed order. */
export function writeNetworkFilter(filter: NetworkFilter): [string, string][] {
	if (filter.scope === 'book') return [];
	const pairs: [string, string][] = [['scope', filter.scope]];
	for (const key of NETWORK_FILTER_KEYS) if (filter[key] !== null) pairs.push([key, String(filter[key])]);
	return pairs;
}

export function isNetworkFiltered(filter: NetworkFilter): boolean {
	return NETWORK_FILTER_KEYS.some((key) => key !== 'year' && filter[key] !== null);
}

/** What the filters read of a member. */
export interface Filterable {
	country: string;
	region: RegionId;
	joined: number | null;
	awards: readonly number[];
}
