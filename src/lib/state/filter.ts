/**
 * The goal filter: which cities match the selected goals at or above a score threshold, for any or all of
 * them. Pure, so every view (map, list, panels, deck) asks the same question and gets the same answer.
 */
import type { City } from '$lib/data/schema';
import { GOAL_IDS, type GoalId } from '../data/vocabulary';

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

/** Whether the filter holds anything to clear: goals, or a threshold or match mode other than the default's. */
export function isDefaultFilter(filter: GoalFilter): boolean {
	return !isFiltering(filter) && filter.min === DEFAULT_FILTER.min && filter.match === DEFAULT_FILTER.match;
}

/** What the filter reads of a city: its goal scores (a City, or the bench's and tests' lighter records). */
export type Scored = { readonly goals: Readonly<Record<GoalId, { readonly score: number }>> };

export function cityMatches(city: Scored, filter: GoalFilter): boolean {
	if (!isFiltering(filter)) return true;
	const meets = (goal: GoalId) => city.goals[goal].score >= filter.min;
	return filter.match === 'all' ? filter.goals.every(meets) : filter.goals.some(meets);
}

/** The thresholds a filter can ask for (a score of at least 1, 2 or 3). */
export const THRESHOLDS = [1, 2, 3] as const;
export type Threshold = (typeof THRESHOLDS)[number];

/** Every combination of goals as a bit mask: bit i stands for GOAL_IDS[i]. */
export const ALL_MASKS: readonly number[] = Array.from({ length: 1 << GOAL_IDS.length }, (_, mask) => mask);

export type Scores = Readonly<Partial<Record<GoalId, { readonly score: number }>>>;

/** The goals a city meets at `min` or above, as a bit mask. */
export function goalMask(goals: Scores | undefined, min: number): number {
	let mask = 0;
	if (goals) for (let bit = 0; bit < GOAL_IDS.length; bit++) if ((goals[GOAL_IDS[bit]!]?.score ?? 0) >= min) mask |= 1 << bit;
	return mask;
}

/**
 * The masks a city may have for the filter to keep it (all of them when no goal is chosen): the same question
 * as cityMatches, asked once per combination of goals instead of once per city.
 */
export function keptMasks(filter: GoalFilter): readonly number[] {
	if (!isFiltering(filter)) return ALL_MASKS;
	const chosen = goalMask(Object.fromEntries(filter.goals.map((g) => [g, { score: 1 }])), 1);
	return ALL_MASKS.filter((mask) => (filter.match === 'all' ? (mask & chosen) === chosen : (mask & chosen) !== 0));
}

/** Each list's cities' masks per threshold, computed once per list: a filter change then costs a lookup per city. */
const masksByList = new WeakMap<readonly Scored[], Uint8Array[]>();
function masksOf(cities: readonly Scored[]): Uint8Array[] {
	let masks = masksByList.get(cities);
	if (!masks) {
		masks = THRESHOLDS.map((t) => Uint8Array.from(cities, (c) => goalMask(c.goals, t)));
		masksByList.set(cities, masks);
	}
	return masks;
}

/** Ids of the cities that match, in the order given. */
export function matchingIds(cities: readonly (Scored & Pick<City, 'id'>)[], filter: GoalFilter): Set<string> {
	// Worked out on the first call, while the page starts, even with no filter: not on the reader's first toggle.
	const masks = masksOf(cities)[filter.min - 1]!;
	if (!isFiltering(filter)) return new Set(cities.map((c) => c.id));
	const kept = new Uint8Array(ALL_MASKS.length);
	for (const mask of keptMasks(filter)) kept[mask] = 1;
	const ids = new Set<string>();
	for (let i = 0; i < cities.length; i++) if (kept[masks[i]!]) ids.add(cities[i]!.id);
	return ids;
}
