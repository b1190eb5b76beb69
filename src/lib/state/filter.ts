/**
 * The goal filter: which cities match the selected goals at or above a score threshold, for any or all of
 * them. Pure, so every view (map, list, panels, deck) asks the same question and gets the same answer.
 */
import type { City, GoalId } from '$lib/data/schema';

export type MatchMode = 'any' | 'all';

export interface GoalFilter {
	/** Selected goals; none selected means no filter (every city matches). */
	goals: readonly GoalId[];
	/** Minimum score (1-3) a selected goal needs for the city to match. */
	min: 1 | 2 | 3;
	match: MatchMode;
}

export const DEFAULT_FILTER: GoalFilter = { goals: [], min: 2, match: 'any' };

export function isFiltering(filter: GoalFilter): boolean {
	return filter.goals.length > 0;
}

/** What the filter reads of a city: its goal scores (a City, or the bench's and tests' lighter records). */
export type Scored = { readonly goals: Readonly<Record<GoalId, { readonly score: number }>> };

export function cityMatches(city: Scored, filter: GoalFilter): boolean {
	if (!isFiltering(filter)) return true;
	const meets = (goal: GoalId) => city.goals[goal].score >= filter.min;
	return filter.match === 'all' ? filter.goals.every(meets) : filter.goals.some(meets);
}

/** Ids of the cities that match, in the order given. */
export function matchingIds(cities: readonly (Scored & Pick<City, 'id'>)[], filter: GoalFilter): Set<string> {
	return new Set(cities.filter((c) => cityMatches(c, filter)).map((c) => c.id));
}
