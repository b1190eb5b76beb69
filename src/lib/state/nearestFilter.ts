/**
 * What to offer when the goal filter keeps no city: asked only then, so the view that offers it brings it along
 * and the first view carries none of it.
 */
import type { City } from '$lib/data/schema';
import { isFiltering, matchingIds, THRESHOLDS, type GoalFilter, type Scored } from './filter';

/** A change to a filter, and how many cities the filter keeps with it. */
export interface FilterSuggestion {
	change: Partial<Pick<GoalFilter, 'min' | 'match'>>;
	matching: number;
}

/**
 * The nearest change that gives a filter keeping no city some cities back, keeping the goals chosen: first
 * "any goal" instead of "all" (one step), then the threshold lowered one step at a time, then both. Null when
 * the filter keeps cities, or when no such change helps (then only clearing it does).
 */
export function nearestFilter(cities: readonly (Scored & Pick<City, 'id'>)[], filter: GoalFilter): FilterSuggestion | null {
	if (!isFiltering(filter) || matchingIds(cities, filter).size) return null;
	const lower = THRESHOLDS.filter((t) => t < filter.min).reverse();
	const changes: FilterSuggestion['change'][] = [
		...(filter.match === 'all' && filter.goals.length > 1 ? [{ match: 'any' as const }] : []),
		...lower.map((min) => ({ min })),
		...(filter.match === 'all' ? lower.map((min) => ({ min, match: 'any' as const })) : [])
	];
	for (const change of changes) {
		const matching = matchingIds(cities, { ...filter, ...change }).size;
		if (matching) return { change, matching };
	}
	return null;
}
