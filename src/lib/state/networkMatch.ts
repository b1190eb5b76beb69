/**
 * Which members the network's filters keep, and how many each facet's options would keep: asked only once the
 * network's data is here, so this arrives with it (./beyondBook.ts) and the book's first view carries none
 * of it. Pure, as ./networkFilter.ts is: the scope's lists and the tests ask it the same questions.
 */
import type { Filterable, NetworkFilter, Scope } from './networkFilter';

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
