/**
 * What the map shows beyond the book: the scope (the book's twelve, the award winners, or every member the
 * data names), the network's filters (award edition, years joined, UNESCO region, country) and the year the
 * network is shown as it stood. Pure: the URL codec parses into it, the state and the tests ask it the same
 * questions. Parsing never throws: a value that is not well formed is dropped.
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

/**
 * The year a member is known to have been in the network by: the year it joined, or, when that is unknown, the
 * year of its first award (a winner is a member by then). Null when neither is known.
 */
export function memberSince(member: Filterable): number | null {
	if (member.joined !== null) return member.joined;
	return member.awards.length ? Math.min(...member.awards) : null;
}

/** Whether a member is in the scope at all (the awards scope: the cities that have won). */
export function inScope(member: Filterable, scope: Scope): boolean {
	return scope === 'network' || (scope === 'awards' && member.awards.length > 0);
}

/** A filter's one facet left out: the counts beside a facet's options say what choosing each would give. */
export type Facet = 'award' | 'joined' | 'region' | 'country' | 'year';

/**
 * Whether a member passes the filters (the scope apart), `except` one facet. As the network stood in a year:
 * a member that had joined by then (`memberSince`), and in the awards scope one that had won by then.
 */
export function memberMatches(member: Filterable, filter: NetworkFilter, except?: Facet): boolean {
	if (except !== 'award' && filter.award !== null && !member.awards.includes(filter.award)) return false;
	if (except !== 'joined' && (filter.from !== null || filter.to !== null)) {
		if (member.joined === null) return false;
		if (filter.from !== null && member.joined < filter.from) return false;
		if (filter.to !== null && member.joined > filter.to) return false;
	}
	if (except !== 'region' && filter.region !== null && member.region !== filter.region) return false;
	if (except !== 'country' && filter.country !== null && member.country !== filter.country) return false;
	if (except !== 'year' && filter.year !== null) {
		const since = memberSince(member);
		if (since === null || since > filter.year) return false;
		if (filter.scope === 'awards' && !member.awards.some((year) => year <= filter.year!)) return false;
	}
	return true;
}

/** How many of `members` each value of a facet would keep, the other filters applied. */
export function facetCounts<K>(members: readonly Filterable[], filter: NetworkFilter, facet: Facet, keys: (m: Filterable) => readonly K[]): Map<K, number> {
	const counts = new Map<K, number>();
	for (const member of members) {
		if (!memberMatches(member, filter, facet)) continue;
		for (const key of keys(member)) counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}
